package org.datagora.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Requests per second each client address may make to the API and the login form, and the
 * burst it may save up. Zero or less turns the limit off (benchmarks on one machine).
 */
@ConfigurationProperties("datagora.rate-limit")
public record RateLimitProperties(double perSecond, int burst) {

	public RateLimitProperties {
		if (burst <= 0) {
			burst = (int) Math.max(1, perSecond * 5);
		}
	}

	boolean enabled() {
		return perSecond > 0;
	}
}
