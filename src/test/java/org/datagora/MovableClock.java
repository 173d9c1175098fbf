package org.datagora;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in tests and benchmarks: the system's until someone moves it, to check rules
 * that depend on the date (lateness, deadlines) without waiting. {@link PortalTest} puts it back
 * after each test.
 */
public final class MovableClock extends Clock {

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	/** The instant the clock stands at, or null for the system's time. */
	private volatile Instant fixed;

	/** How far the clock was moved forward from there. */
	private volatile Duration offset = Duration.ZERO;

	/** From now on the clock shows noon, in France, on {@code day}. */
	public void setToday(LocalDate day) {
		offset = Duration.ZERO;
		fixed = day.atTime(LocalTime.NOON).atZone(FRANCE).toInstant();
	}

	/** Moves the clock forward: a deadline passes without waiting for it. */
	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	/** Back to the system's time. */
	public void reset() {
		fixed = null;
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		Instant instant = fixed;
		return (instant == null ? Instant.now() : instant).plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock self = this;
		// the same moving time, seen from another zone
		return new Clock() {

			@Override
			public Instant instant() {
				return self.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}
		};
	}
}
