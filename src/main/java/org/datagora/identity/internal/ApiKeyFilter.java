package org.datagora.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datagora.identity.Accounts;
import org.datagora.identity.ApiTokens;
import org.datagora.identity.Viewer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code X-API-KEY}; a wrong key is a 401, never anonymous. */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-KEY";

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final ProblemWriter problems;

	ApiKeyFilter(ApiTokens tokens, Accounts accounts, ProblemWriter problems) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key != null) {
			Viewer viewer = tokens.authenticate(key.strip()).flatMap(accounts::find).orElse(null);
			if (viewer == null) {
				problems.write(response, 401, "The API key is unknown, expired or revoked");
				return;
			}
			AccountPrincipal principal = new AccountPrincipal(viewer, null);
			var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities());
			SecurityContextHolder.getContext().setAuthentication(authentication);
		}
		chain.doFilter(request, response);
	}
}
