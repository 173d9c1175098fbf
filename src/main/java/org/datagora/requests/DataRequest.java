package org.datagora.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.datagora.catalog.Organization;
import org.datagora.catalog.Theme;

/**
 * A request for data to be opened, as the API and the pages show it, with its legal clock as of
 * today. {@code organization} is the one holding it (null when the requester did not know and no
 * site administrator assigned it yet); {@code datasets} are those that answer it once published
 * or found already open; {@code plannedFor} and {@code refusalReason} describe the current plan or
 * refusal.
 */
public record DataRequest(UUID id, String title, String description, String useCase, RequesterType requesterType,
		Person requester, Organization.Ref organization, Zone zone, Theme theme, RequestStatus status,
		Instant submittedAt, Instant statusChangedAt, LocalDate plannedFor, RefusalReason refusalReason,
		List<DatasetRef> datasets, int supportCount, int commentCount, LegalClock legalClock, int version) {

	public record Person(UUID id, String displayName) {
	}

	public record Zone(String id, String name) {
	}

	public record DatasetRef(UUID id, String slug, String title) {
	}
}
