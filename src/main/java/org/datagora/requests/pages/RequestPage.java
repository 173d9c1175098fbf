package org.datagora.requests.pages;

import java.util.List;
import java.util.Set;

import org.datagora.catalog.Organization;
import org.datagora.requests.DataRequest;
import org.datagora.requests.RequestComment;
import org.datagora.requests.RequestEvent;
import org.datagora.requests.RequestStatus;
import org.datagora.requests.RequestSupport;
import org.datagora.web.FormErrors;

/**
 * A request as its page shows it: its texts rendered from Markdown, its legal clock, its
 * timeline, its discussion, what the viewer does with it, and the forms for what they may do:
 * {@code steps} are the statuses they may move it to ({@code organizations} to redirect it to,
 * when they may), {@code moderates} whether they hide comments.
 */
public record RequestPage(DataRequest request, String descriptionHtml, String useCaseHtml, List<Entry> timeline,
		List<Comment> comments, RequestSupport.Engagement engagement, Set<RequestStatus> steps, boolean moderates,
		List<Organization.Ref> organizations, StepForm stepForm, FormErrors stepErrors, String commentBody,
		FormErrors commentErrors) {

	/** A step of the timeline with its note rendered. */
	public record Entry(RequestEvent event, String noteHtml) {
	}

	/** A comment with its body rendered (empty when hidden from the viewer). */
	public record Comment(RequestComment comment, String bodyHtml) {
	}

	/** The statuses offered in the answer form: every step but the requester's withdrawal. */
	public List<RequestStatus> answers() {
		return steps.stream().filter(status -> status != RequestStatus.WITHDRAWN).sorted().toList();
	}

	public boolean canWithdraw() {
		return steps.contains(RequestStatus.WITHDRAWN);
	}
}
