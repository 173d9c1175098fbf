package org.datagora.harvest.http;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.datagora.harvest.protocol.HarvestException;

/**
 * Politeness: at most one request to a host per interval, across every harvest of this node
 * (several sources are often on one host: a regional platform serving its communes).
 */
public final class HostPacer {

	private final ConcurrentMap<String, Long> nextAllowed = new ConcurrentHashMap<>();

	void await(String host, Duration interval) {
		long gap = interval.toNanos();
		if (gap <= 0) {
			return;
		}
		String key = host.toLowerCase(Locale.ROOT);
		long now = System.nanoTime();
		// reserve the next slot atomically, then wait for it
		long slot = nextAllowed.merge(key, now + gap, (previous, ignored) -> Math.max(previous, now) + gap) - gap;
		long wait = slot - now;
		if (wait > 0) {
			try {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new HarvestException("Interrupted while waiting to reach " + host, e);
			}
		}
	}
}
