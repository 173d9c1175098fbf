package org.datagora.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.datagora.catalog.Organization;

/**
 * One step of a request's timeline (a row of {@code request_event}, never changed): who moved it to
 * which status, when, the organization holding it after the step, and what came with it.
 *
 * @param version the version of the request this step made
 */
public record RequestEvent(long id, Instant at, DataRequest.Person actor, RequestStatus status,
		Organization.Ref organization, LocalDate plannedFor, RefusalReason refusalReason,
		List<DataRequest.DatasetRef> datasets, String note, boolean appealRoutesStated, int version) {
}
