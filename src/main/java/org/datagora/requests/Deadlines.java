package org.datagora.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The legal clock of a request, from the portal's {@link Clock}: days are counted in Paris, where
 * the administrations are.
 */
@Component
class Deadlines {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final Clock clock;

	private final RequestsProperties properties;

	Deadlines(Clock clock, RequestsProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), PARIS);
	}

	static LocalDate day(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, PARIS);
	}

	/** The last day to answer a request received on {@code receivedOn}. */
	LocalDate dueOn(LocalDate receivedOn) {
		return receivedOn.plus(properties.answerWithin());
	}

	LegalClock of(RequestRow row) {
		LocalDate received = day(row.receivedAt());
		LocalDate due = received == null ? null : dueOn(received);
		LocalDate answered = day(row.firstAnswerAt());
		boolean stated = row.appealRoutesStated();
		if (row.status() == RequestStatus.WITHDRAWN) {
			return new LegalClock(LegalClock.State.CLOSED, received, due, answered, inTime(answered, due), null, null,
					null, stated);
		}
		if (received == null) {
			return new LegalClock(LegalClock.State.UNASSIGNED, null, null, null, null, null, null, null, stated);
		}
		if (row.status() == RequestStatus.REFUSED) {
			LocalDate refused = day(row.statusChangedAt());
			return new LegalClock(LegalClock.State.ANSWERED, received, due, answered, inTime(answered, due), null,
					refused, refused.plus(properties.referralWithin()), stated);
		}
		if (answered != null) {
			return new LegalClock(LegalClock.State.ANSWERED, received, due, answered, inTime(answered, due), null,
					null, null, stated);
		}
		if (today().isAfter(due)) {
			// the refusal is born when the month runs out
			return new LegalClock(LegalClock.State.OVERDUE, received, due, null, null, due, null,
					due.plus(properties.referralWithin()), stated);
		}
		return new LegalClock(LegalClock.State.RUNNING, received, due, null, null, null, null, null, stated);
	}

	private static Boolean inTime(LocalDate answered, LocalDate due) {
		return answered == null || due == null ? null : !answered.isAfter(due);
	}
}
