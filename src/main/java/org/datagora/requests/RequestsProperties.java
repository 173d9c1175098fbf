package org.datagora.requests;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of data requests ({@code datagora.requests.*}).
 *
 * @param answerWithin the time the holder has to answer (CRPA: one month; {@code P1M} counts from
 * date to date, {@code P30D} as some platforms do)
 * @param referralWithin the time to refer a refusal to the CADA (two months)
 * @param requestsPerHour new requests an account may submit in an hour
 * @param commentsPerHour comments an account may post in an hour
 * @param maxLinks links a request or a comment may carry before it looks like spam
 * @param similarShown at most this many similar requests are shown before posting
 */
@ConfigurationProperties("datagora.requests")
record RequestsProperties(@DefaultValue("P1M") Period answerWithin, @DefaultValue("P2M") Period referralWithin,
		@DefaultValue("5") int requestsPerHour, @DefaultValue("30") int commentsPerHour,
		@DefaultValue("3") int maxLinks, @DefaultValue("5") int similarShown) {
}
