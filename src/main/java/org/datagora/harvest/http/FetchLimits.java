package org.datagora.harvest.http;

import java.time.Duration;
import java.util.List;

/**
 * The rules every request of a harvest follows.
 *
 * @param connectTimeout to open a connection
 * @param responseTimeout from the request to the last byte of one response
 * @param maxResponseBytes a response longer than this fails the harvest
 * @param hostInterval the least time between two requests to one host (politeness)
 * @param maxPages requests in one harvest, a guard against endless paging
 * @param allowedAddresses addresses (or CIDR ranges) allowed although private, loopback or
 * link-local, for example 127.0.0.1 in tests or a ministry's internal network
 */
public record FetchLimits(Duration connectTimeout, Duration responseTimeout, long maxResponseBytes,
		Duration hostInterval, int maxPages, List<String> allowedAddresses) {

	public FetchLimits {
		allowedAddresses = allowedAddresses == null ? List.of() : List.copyOf(allowedAddresses);
	}

	public static FetchLimits defaults() {
		return new FetchLimits(Duration.ofSeconds(10), Duration.ofMinutes(5), 200L * 1024 * 1024,
				Duration.ofMillis(100), 10_000, List.of());
	}

	public FetchLimits allowing(List<String> addresses) {
		return new FetchLimits(connectTimeout, responseTimeout, maxResponseBytes, hostInterval, maxPages, addresses);
	}
}
