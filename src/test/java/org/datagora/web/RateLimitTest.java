package org.datagora.web;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = { "datagora.rate-limit.per-second=2", "datagora.rate-limit.burst=5" })
class RateLimitTest extends PortalTest {

	@Test
	void aClientPastItsRateGets429WithRetryAfter() {
		int refused = 0;
		ApiClient.Response last = null;
		for (int i = 0; i < 12; i++) {
			ApiClient.Response response = anonymous.get("/api/1/ping");
			if (response.status() == 429) {
				refused++;
				last = response;
			}
		}
		assertThat(refused).isGreaterThanOrEqualTo(5);
		assertThat(last.header("Retry-After")).isNotNull();
		assertThat(last.json().get("detail").asString()).contains("Too many requests");
		// pages other than the login form are not limited
		assertThat(anonymous.get("/datasets/r/00000000-0000-0000-0000-000000000000").status()).isNotEqualTo(429);
	}
}
