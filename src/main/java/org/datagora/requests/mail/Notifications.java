package org.datagora.requests.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.datagora.catalog.CatalogProperties;
import org.datagora.identity.Accounts;
import org.datagora.identity.Memberships;
import org.datagora.requests.DataRequest;
import org.datagora.requests.DataRequestCommented;
import org.datagora.requests.DataRequestMoved;
import org.datagora.requests.DataRequestSubmitted;
import org.datagora.requests.DataRequests;
import org.datagora.requests.RequestEvent;
import org.datagora.requests.RequestStatus;
import org.datagora.requests.RequestSupport;
import org.datagora.requests.RequestWorkflow;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of what, written to the outbox once the change is committed: the members of the
 * holding organization of a new request (or of one redirected to them); the requester and the
 * followers of every step and every new comment, except whoever made it. Messages are in French,
 * then English: accounts have no language of their own.
 */
@Component
class Notifications {

	private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

	private final DataRequests requests;

	private final RequestWorkflow workflow;

	private final RequestSupport support;

	private final Memberships memberships;

	private final Accounts accounts;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	Notifications(DataRequests requests, RequestWorkflow workflow, RequestSupport support, Memberships memberships,
			Accounts accounts, Outbox outbox, MessageSource messages, CatalogProperties catalog) {
		this.requests = requests;
		this.workflow = workflow;
		this.support = support;
		this.memberships = memberships;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = catalog.baseUrl();
	}

	@ApplicationModuleListener
	void on(DataRequestSubmitted event) {
		DataRequest request = requests.get(event.requestId());
		if (request.organization() != null) {
			send(members(request.organization().id()), request, "mail.request.new", request.organization().name(),
					request.legalClock().dueOn());
		}
	}

	@ApplicationModuleListener
	void on(DataRequestMoved event) {
		DataRequest request = requests.get(event.requestId());
		RequestEvent step = workflow.event(event.eventId());
		send(emails(audience(request, step.actor().id())), request, "mail.request.moved", step.status(),
				step.note() == null ? "" : step.note());
		if (step.status() == RequestStatus.REDIRECTED) {
			send(members(step.organization().id()), request, "mail.request.redirected", step.organization().name(),
					request.legalClock().dueOn());
		}
	}

	@ApplicationModuleListener
	void on(DataRequestCommented event) {
		DataRequest request = requests.get(event.requestId());
		String author = accounts.displayNames(List.of(event.authorId())).get(event.authorId());
		send(emails(audience(request, event.authorId())), request, "mail.request.commented", author, "");
	}

	/** The requester and the followers, but not the person who acted. */
	private Set<UUID> audience(DataRequest request, UUID actor) {
		Set<UUID> people = new LinkedHashSet<>();
		people.add(request.requester().id());
		people.addAll(support.followers(request.id()));
		people.remove(actor);
		return people;
	}

	private Collection<String> emails(Set<UUID> people) {
		return accounts.emails(people).values();
	}

	private List<String> members(UUID organizationId) {
		return memberships.membersOf(organizationId).stream().map(Memberships.Member::email).toList();
	}

	/**
	 * One message per address: the subject and body of {@code key} in each language, the body
	 * with the request's title, link and the two arguments ({1}, {2}; a status or a date is written
	 * in each language).
	 */
	private void send(Collection<String> recipients, DataRequest request, String key, Object first, Object second) {
		if (recipients.isEmpty()) {
			return;
		}
		String link = baseUrl + "/requests/" + request.id();
		List<String> bodies = new ArrayList<>();
		for (Locale language : LANGUAGES) {
			Object[] args = { request.title(), written(first, language), written(second, language), link };
			bodies.add(messages.getMessage(key + ".body", args, language));
		}
		String subject = messages.getMessage(key + ".subject", new Object[] { request.title() }, Locale.FRENCH);
		String body = String.join("\n\n----\n\n", bodies);
		new LinkedHashSet<>(recipients).forEach(recipient -> outbox.keep(recipient, subject, body));
	}

	private static Object written(Object value, Locale language) {
		if (value instanceof RequestStatus status) {
			return status.label(language);
		}
		if (value instanceof LocalDate date) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
		}
		return value == null ? "" : value;
	}
}
