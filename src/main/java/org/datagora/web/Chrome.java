package org.datagora.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What every page needs around its content: the language and its messages, who is signed in,
 * the CSRF token for forms, and the current path (for the language switch and "log in" return).
 * Built once per request by {@link ChromeAdvice}; templates receive it as {@code chrome}.
 */
public record Chrome(Locale locale, MessageSource messages, String userName, boolean siteAdmin, String csrfParameter,
		String csrfToken, String path) {

	/** The message for {@code key} in the page's language, with {@code {0}}-style arguments. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	public String lang() {
		return locale.getLanguage();
	}

	public boolean signedIn() {
		return userName != null;
	}

	/** The same page in the other language. */
	public String otherLanguage() {
		return "en".equals(lang()) ? "fr" : "en";
	}
}
