package org.datagora.requests.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, when an SMTP server is configured ({@code spring.mail.host}, which
 * makes Spring Boot provide a {@link MailSender}); without one, messages stay in the outbox.
 * Each run takes a batch of unsent messages, locked so that another node skips them, and marks
 * each one sent, or counts the failed attempt; after {@code max-attempts} a message is left.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MailSender mail;

	private final OutboxProperties properties;

	private final Clock clock;

	OutboxSender(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<MailSender> mail,
			OutboxProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mail = mail.getIfAvailable();
		this.properties = properties;
		this.clock = clock;
	}

	boolean sending() {
		return mail != null;
	}

	@Scheduled(fixedDelayString = "${datagora.mail.send-every:10s}", initialDelayString = "${datagora.mail.send-every:10s}")
	void sendPending() {
		if (mail == null) {
			return;
		}
		Integer sent;
		do {
			sent = transactions.execute(status -> sendBatch());
		}
		while (sent != null && sent == BATCH);
	}

	/** Sends one batch; answers how many messages it took. */
	private int sendBatch() {
		List<Outbox.Message> batch = jdbc.sql("""
				select * from outbox where sent_at is null and attempts < ? order by id limit ? for update skip locked
				""").params(properties.maxAttempts(), BATCH).query(Outbox::message).list();
		for (Outbox.Message message : batch) {
			var email = new SimpleMailMessage();
			email.setFrom(properties.from());
			email.setTo(message.recipient());
			email.setSubject(message.subject());
			email.setText(message.body());
			try {
				mail.send(email);
				jdbc.sql("update outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
					.params(Timestamp.from(clock.instant()), message.id())
					.update();
			}
			catch (MailException e) {
				log.warn("Sending message {} to {} failed: {}", message.id(), message.recipient(), e.getMessage());
				jdbc.sql("update outbox set attempts = attempts + 1, last_error = ? where id = ?")
					.params(e.getMessage(), message.id())
					.update();
			}
		}
		return batch.size();
	}
}
