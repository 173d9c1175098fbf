package org.datagora.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Today as the portal's {@link Clock} says, in France: target dates are French calendar days, so
 * an entry due on the 1st is late from the 2nd in Paris, whatever the server's zone.
 */
@Component
public class RoadmapClock {

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private final Clock clock;

	RoadmapClock(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(FRANCE));
	}

	Instant now() {
		return clock.instant();
	}
}
