package org.datagora.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Chrome} of the request into the model of every page controller. */
@ControllerAdvice(annotations = PageController.class)
class ChromeAdvice {

	private final MessageSource messages;

	ChromeAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("chrome")
	Chrome chrome(HttpServletRequest request, Locale locale) {
		return of(request, locale, messages);
	}

	static Chrome of(HttpServletRequest request, Locale locale, MessageSource messages) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		boolean siteAdmin = signedIn && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> "ROLE_SITE_ADMIN".equals(authority.getAuthority()));
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String query = request.getQueryString();
		String path = request.getRequestURI() + (query == null ? "" : "?" + query);
		return new Chrome(locale, messages, signedIn ? authentication.getName() : null, siteAdmin, csrf, path);
	}
}
