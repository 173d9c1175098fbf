package org.datagora.requests.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datagora.PageClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an SMTP server (the tests' default) the outbox only keeps messages; with one, the
 * background job sends them, marks them sent and counts failed attempts up to a limit.
 */
class RequestOutboxSenderTest extends PortalTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Outbox outbox;

	@Autowired
	private OutboxSender portalSender;

	@Test
	void withoutAnSmtpServerMessagesAreKeptAndTheAdminPageSaysSo() {
		assertThat(portalSender.sending()).isFalse();
		String email = "admin-" + UUID.randomUUID() + "@example.org";
		accounts.ensureSiteAdmin(email, "Admin", "correct horse battery staple");
		PageClient admin = new PageClient(port);
		admin.submit("/login", "/login", "email", email, "password", "correct horse battery staple");
		String recipient = "kept-" + UUID.randomUUID() + "@example.org";
		outbox.keep(recipient, "Sujet gardé", "Corps gardé");
		assertThat(admin.get("/admin/outbox?recipient=" + recipient).body()).contains("Aucun serveur SMTP",
				"Sujet gardé", recipient, "conservé, non envoyé", "1 message");
	}

	@Test
	void withAnSmtpServerMessagesAreSentAndMarkedAndFailuresAreRetriedUpToALimit() {
		String delivered = "ok-" + UUID.randomUUID() + "@example.org";
		String bouncing = "bounce-" + UUID.randomUUID() + "@example.org";
		outbox.keep(delivered, "Nouvelle demande", "Bonjour");
		outbox.keep(bouncing, "Nouvelle demande", "Bonjour");
		List<SimpleMailMessage> sent = new ArrayList<>();
		MailSender smtp = new MailSender() {

			@Override
			public void send(SimpleMailMessage... messages) {
				for (SimpleMailMessage message : messages) {
					if (message.getTo()[0].startsWith("bounce")) {
						throw new MailSendException("550 no such mailbox");
					}
					sent.add(message);
				}
			}
		};
		var provider = new StaticListableBeanFactory(Map.of("smtp", smtp)).getBeanProvider(MailSender.class);
		OutboxSender sender = new OutboxSender(jdbc, transactions, provider,
				new OutboxProperties("Datagora <ne-pas-repondre@example.org>", 2), clock);
		assertThat(sender.sending()).isTrue();

		sender.sendPending();
		assertThat(sent).filteredOn(message -> message.getTo()[0].equals(delivered)).singleElement()
			.satisfies(message -> {
				assertThat(message.getSubject()).isEqualTo("Nouvelle demande");
				assertThat(message.getFrom()).isEqualTo("Datagora <ne-pas-repondre@example.org>");
			});
		assertThat(row(delivered)).containsEntry("sent", true).containsEntry("attempts", 1);
		assertThat(row(bouncing)).containsEntry("sent", false).containsEntry("attempts", 1)
			.containsEntry("last_error", "550 no such mailbox");

		sender.sendPending();
		sender.sendPending();
		assertThat(row(bouncing)).containsEntry("attempts", 2);
		assertThat(sent).filteredOn(message -> message.getTo()[0].equals(delivered)).hasSize(1);
	}

	private Map<String, Object> row(String recipient) {
		return jdbc.sql("select sent_at is not null as sent, attempts, last_error from outbox where recipient = ?")
			.param(recipient)
			.query()
			.singleRow();
	}
}
