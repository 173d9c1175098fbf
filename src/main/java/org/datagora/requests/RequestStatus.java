package org.datagora.requests;

import java.util.Set;

import org.datagora.catalog.Coded;

/**
 * Where a request stands. {@link #next()} is the workflow: the only place that says which status
 * may follow which.
 */
public enum RequestStatus implements Coded {

	SUBMITTED("submitted", "Déposée", "Submitted"),
	REDIRECTED("redirected", "Transmise à une autre organisation", "Redirected to another organization"),
	ACKNOWLEDGED("acknowledged", "Prise en compte", "Acknowledged"),
	PLANNED("planned", "Ouverture prévue", "Opening planned"),
	PUBLISHED("published", "Publiée", "Published"),
	ALREADY_OPEN("already_open", "Déjà ouverte", "Already open"),
	REFUSED("refused", "Refusée", "Refused"),
	WITHDRAWN("withdrawn", "Retirée par le demandeur", "Withdrawn by the requester");

	private final String code;

	private final String fr;

	private final String en;

	RequestStatus(String code, String fr, String en) {
		this.code = code;
		this.fr = fr;
		this.en = en;
	}

	/**
	 * The statuses a request in this one may move to. A refusal or a plan can be revisited; a
	 * publication, an already open answer and a withdrawal end the request.
	 */
	public Set<RequestStatus> next() {
		return switch (this) {
			case SUBMITTED, REDIRECTED -> Set.of(ACKNOWLEDGED, REDIRECTED, PLANNED, PUBLISHED, ALREADY_OPEN, REFUSED,
					WITHDRAWN);
			case ACKNOWLEDGED -> Set.of(REDIRECTED, PLANNED, PUBLISHED, ALREADY_OPEN, REFUSED, WITHDRAWN);
			case PLANNED -> Set.of(PLANNED, PUBLISHED, ALREADY_OPEN, REFUSED, WITHDRAWN);
			case REFUSED -> Set.of(PLANNED, PUBLISHED, ALREADY_OPEN);
			case PUBLISHED, ALREADY_OPEN, WITHDRAWN -> Set.of();
		};
	}

	/** Whether this step answers the requester: the first one stops the legal clock. */
	public boolean answers() {
		return this != SUBMITTED && this != REDIRECTED && this != WITHDRAWN;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public String fr() {
		return fr;
	}

	@Override
	public String en() {
		return en;
	}
}
