package org.datagora;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in tests and benchmarks: the system's until someone moves it, to check rules
 * that depend on the date (lateness, deadlines). A test that moves it puts it back when it ends.
 */
public final class MovableClock extends Clock {

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	/** The instant the clock shows, or null for the system's time. */
	private volatile Instant fixed;

	/** From now on the clock shows noon, in France, on {@code day}. */
	public void setToday(LocalDate day) {
		fixed = day.atTime(LocalTime.NOON).atZone(FRANCE).toInstant();
	}

	/** Back to the system's time. */
	public void reset() {
		fixed = null;
	}

	@Override
	public Instant instant() {
		Instant instant = fixed;
		return instant == null ? Instant.now() : instant;
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
