package org.datagora.requests;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The deadlines of French law on a request (CRPA): the holder owes an answer within one month of
 * receiving it; silence past that is an implicit refusal, and a refusal, implicit or explicit,
 * may be referred to the CADA within two months. Dates are days in Paris.
 *
 * @param receivedOn when the organization holding the request received it (null: none holds it)
 * @param dueOn the last day of the month to answer
 * @param answeredOn the holder's first answer, which stops the clock
 * @param implicitRefusalOn when silence became a refusal (overdue requests)
 * @param refusedOn when the holder refused (refused requests)
 * @param referralDeadline the last day to refer a refusal to the CADA
 * @param appealRoutesStated whether the acknowledgement or the refusal stated the appeal routes
 * and deadlines: only then does the referral deadline bind the requester
 */
public record LegalClock(State state, LocalDate receivedOn, LocalDate dueOn, LocalDate answeredOn,
		Boolean answeredInTime, LocalDate implicitRefusalOn, LocalDate refusedOn, LocalDate referralDeadline,
		boolean appealRoutesStated) {

	public enum State {

		/** No organization holds the request yet: the clock has not started. */
		UNASSIGNED,
		/** Waiting for an answer, within the month. */
		RUNNING,
		/** No answer within the month: implicitly refused. */
		OVERDUE,
		/** The holder answered. */
		ANSWERED,
		/** Withdrawn: nobody owes anything. */
		CLOSED;

		@JsonValue
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public boolean overdue() {
		return state == State.OVERDUE;
	}
}
