package org.datagora.requests.mail;

import java.util.List;

import org.datagora.web.Pager;

/**
 * The outbox for site administrators: its messages, newest first, optionally to one address;
 * {@code sending} tells whether an SMTP server sends them or they are only kept.
 */
public record OutboxPage(List<Outbox.Message> messages, String recipient, boolean sending, Pager pager) {
}
