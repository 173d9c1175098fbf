package org.datagora.web;

import java.net.URLEncoder;
import java.text.NumberFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page needs around its content: the language and its messages, who is signed in,
 * the CSRF token for forms, and the current path (for the language switch and "log in" return).
 * Built once per request by {@link ChromeAdvice}; templates receive it as {@code chrome}.
 */
public record Chrome(Locale locale, MessageSource messages, String userName, boolean siteAdmin, CsrfToken csrf,
		String path) {

	/** The name of the form field that carries the CSRF token. */
	public String csrfParameter() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	/**
	 * The CSRF token, made (and kept in the session) only when a page shows a form: anonymous
	 * visitors reading pages get no session.
	 */
	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	/** The message for {@code key} in the page's language, with {@code {0}}-style arguments. */
	public String t(String key, Object... args) {
		if (args.length == 0) {
			// messages do not change while the portal runs: a page's dozens of labels cost a look-up each
			return LABELS.computeIfAbsent(locale.getLanguage() + '\u0000' + key,
					any -> messages.getMessage(key, null, key, locale));
		}
		return messages.getMessage(key, args, key, locale);
	}

	public String lang() {
		return locale.getLanguage();
	}

	public boolean signedIn() {
		return userName != null;
	}

	/** The link to this same page (same query) in the other language. */
	public String otherLanguageUrl() {
		return org.springframework.web.util.UriComponentsBuilder.fromUriString(path)
			.replaceQueryParam("lang", otherLanguage())
			.build()
			.toUriString();
	}

	/** The other language. */
	public String otherLanguage() {
		return "en".equals(lang()) ? "fr" : "en";
	}

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Map<String, String> LABELS = new ConcurrentHashMap<>();

	private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

	private static final Map<Locale, DateTimeFormatter> DATE_TIMES = new ConcurrentHashMap<>();

	private DateTimeFormatter dates() {
		return DATES.computeIfAbsent(locale,
				language -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language));
	}

	private DateTimeFormatter dateTimes() {
		return DATE_TIMES.computeIfAbsent(locale, language -> DateTimeFormatter
			.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(language));
	}

	/** A date in the page's language, e.g. 27 nov. 2026; empty for null. */
	public String date(Instant instant) {
		return instant == null ? "" : dates().format(instant.atZone(PARIS));
	}

	public String date(LocalDate date) {
		return date == null ? "" : dates().format(date);
	}

	/** A date and time (Paris time) in the page's language; empty for null. */
	public String dateTime(Instant instant) {
		return instant == null ? "" : dateTimes().format(instant.atZone(PARIS));
	}

	/** A machine-readable timestamp for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	/** A size in bytes for people: 1,2 Mo / 1.2 MB. */
	public String bytes(Long size) {
		if (size == null) {
			return "";
		}
		boolean french = !"en".equals(lang());
		String[] units = french ? new String[] { "o", "ko", "Mo", "Go", "To" } : new String[] { "B", "kB", "MB", "GB", "TB" };
		double value = size;
		int unit = 0;
		while (value >= 1000 && unit < units.length - 1) {
			value /= 1000;
			unit++;
		}
		// one decimal, with the language's decimal separator, without the cost of String.format
		long tenths = Math.round(value * 10);
		String number = unit == 0 ? String.valueOf(size)
				: (tenths / 10) + (french ? "," : ".") + (tenths % 10);
		return number + "\u00a0" + units[unit];
	}

	/** A count in the page's language: 1 234 567 (narrow no-break spaces) or 1,234,567. */
	public String number(long value) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/** A value encoded for a URL query string. */
	public String encode(String value) {
		return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A field problem of a service in the page's language (unknown ones as they are). */
	public String problem(String message) {
		if (message == null) {
			return null;
		}
		Object[] keyAndArgs = ProblemText.keyOf(message);
		if (keyAndArgs == null) {
			return message;
		}
		Object[] args = java.util.Arrays.copyOfRange(keyAndArgs, 1, keyAndArgs.length);
		return messages.getMessage((String) keyAndArgs[0], args, message, locale);
	}

	/** The name of a form field for people, for the error summary; the field itself when unknown. */
	public String fieldName(String field) {
		return messages.getMessage("field." + field, null, field, locale);
	}
}
