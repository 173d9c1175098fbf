package org.datagora.requests.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of e-mail notifications ({@code datagora.mail.*}); the SMTP server itself is Spring
 * Boot's {@code spring.mail.*}; {@code datagora.mail.send-every} (10 s) is how often unsent messages go.
 *
 * @param from the sender of the messages
 * @param maxAttempts failed attempts after which a message is left in the outbox
 */
@ConfigurationProperties("datagora.mail")
record OutboxProperties(@DefaultValue("Datagora <ne-pas-repondre@datagora.localhost>") String from,
		@DefaultValue("5") int maxAttempts) {
}
