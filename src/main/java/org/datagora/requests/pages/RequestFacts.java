package org.datagora.requests.pages;

import org.datagora.requests.LegalClock;
import org.datagora.requests.RequestStatus;

/** How the pages show a status and a legal clock: the DSFR badge that fits each. */
public final class RequestFacts {

	private RequestFacts() {
	}

	public static String badge(RequestStatus status) {
		return switch (status) {
			case SUBMITTED, REDIRECTED -> "fr-badge--new";
			case ACKNOWLEDGED, PLANNED -> "fr-badge--info";
			case PUBLISHED, ALREADY_OPEN -> "fr-badge--success";
			case REFUSED -> "fr-badge--error";
			case WITHDRAWN -> "";
		};
	}

	public static String badge(LegalClock.State state) {
		return switch (state) {
			case OVERDUE -> "fr-badge--warning";
			case ANSWERED -> "fr-badge--success";
			case RUNNING -> "fr-badge--info";
			case UNASSIGNED, CLOSED -> "";
		};
	}
}
