package org.datagora.identity.internal;

import org.datagora.identity.Accounts;
import org.datagora.identity.ApiTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;



/**
 * Two doors. The API ({@code /api/**}) is stateless: an {@code X-API-KEY} header or nobody, so
 * no cookie can be abused and CSRF does not apply. Pages use a session from the login form and
 * CSRF tokens on every form. Permissions are checked by the services on every write, for both.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/**
	 * A script gets its first token with the account's e-mail and password (HTTP Basic), on
	 * this one endpoint only: everywhere else the API takes tokens, never passwords.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain tokenIssuing(HttpSecurity http, ApiTokens tokens, Accounts accounts, ProblemWriter problems)
			throws Exception {
		return http.securityMatcher("/api/1/me/tokens")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiKeyFilter(tokens, accounts, problems), UsernamePasswordAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problems.write(response, 401,
					"Authentication is required: an API token in X-API-KEY, or e-mail and password (HTTP Basic)")))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Accounts accounts, ProblemWriter problems)
			throws Exception {
		return http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiKeyFilter(tokens, accounts, problems), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> problems.write(response, 401,
						"Authentication is required: send an API token in the X-API-KEY header"))
				.accessDeniedHandler((request, response, e) -> problems.write(response, 403, e.getMessage())))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/", false)
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/account/**", "/datasets/new", "/datasets/*/edit", "/datasets/*/edit/**",
						"/datasets/*/delete", "/datasets/*/resources", "/datasets/*/resources/**",
						"/organizations/new", "/organizations/*/edit", "/organizations/*/members", "/admin/**",
						"/harvest/sources/*/delete", "/organizations/*/roadmap/new", "/roadmaps/entries/*/edit",
						"/roadmaps/entries/*/move", "/requests/new", "/requests/*/roadmap-entry", "/organizations/*/requests")
				.authenticated()
				// harvest, roadmap and request pages are read by anyone; their forms need an account
				.requestMatchers(HttpMethod.POST, "/organizations/*/harvest", "/harvest/**", "/organizations/*/roadmap/**",
						"/roadmaps/**", "/requests/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.build();
	}
}
