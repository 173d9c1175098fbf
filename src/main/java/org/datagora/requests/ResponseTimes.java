package org.datagora.requests;

/**
 * How an organization answers requests: days from receipt to the first answer.
 *
 * @param answered requests it answered
 * @param answeredInTime of those, answered within the legal month
 * @param overdue requests waiting for an answer past the month (implicitly refused)
 * @param waiting requests waiting for an answer within the month
 * @param medianDays the median of the days to a first answer; null before any answer
 * @param shareInTime answered in time among the answered and overdue ones (0 to 1); null when none
 */
public record ResponseTimes(long answered, long answeredInTime, long overdue, long waiting, Double medianDays,
		Double shareInTime) {
}
