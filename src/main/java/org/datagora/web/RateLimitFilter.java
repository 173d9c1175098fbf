package org.datagora.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * A token bucket per client address on the API and the login form: a client past its rate
 * gets 429 with {@code Retry-After} instead of slowing the portal for everyone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_CLIENTS = 100_000;

	/** The machine-readable exports of pages (a dataset's RDF, feeds ...): what robots hammer. */
	private static final java.util.regex.Pattern MACHINE_READABLE = java.util.regex.Pattern
		.compile("^/(datasets|organizations|feeds)/.+\\.[a-z]+$");

	private final RateLimitProperties properties;

	private final ObjectMapper json;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimitFilter(RateLimitProperties properties, ObjectMapper json) {
		this.properties = properties;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !properties.enabled() || !(path.startsWith("/api/") || path.startsWith("/catalog")
				|| MACHINE_READABLE.matcher(path).matches() || ("/login".equals(path) && "POST".equals(request.getMethod())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (buckets.size() > MAX_CLIENTS) {
			// a flood of addresses must not exhaust memory: forget everyone, limits start afresh
			buckets.clear();
		}
		Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> new Bucket(properties.burst()));
		double wait = bucket.take(properties.perSecond(), properties.burst());
		if (wait > 0) {
			long seconds = (long) Math.ceil(wait);
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setContentType("application/problem+json");
			json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.TOO_MANY_REQUESTS,
					"Too many requests from your address: retry in " + seconds + " s", List.of()).getBody());
			return;
		}
		chain.doFilter(request, response);
	}

	/** Tokens refill continuously at the rate, up to the burst. */
	private static final class Bucket {

		private double tokens;

		private long refilledAt = System.nanoTime();

		Bucket(int burst) {
			this.tokens = burst;
		}

		/** Takes one token; returns 0 if granted, or the seconds to wait for one. */
		synchronized double take(double perSecond, int burst) {
			long now = System.nanoTime();
			tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
			refilledAt = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return (1 - tokens) / perSecond;
		}
	}
}
