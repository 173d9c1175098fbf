package org.datagora.requests;

import java.util.List;

/**
 * A step to take in a request's workflow: the status to move it to, and what that status needs.
 *
 * @param organization redirected: the organization that holds it from now on (id or slug)
 * @param plannedFor planned: the target date, YYYY-MM-DD, in the future
 * @param refusalReason refused: the legal ground ({@link RefusalReason})
 * @param datasets published and already_open: ids or slugs of the public datasets that answer it
 * @param note free text (Markdown) shown on the timeline; the reasons of a refusal, required then
 * @param appealRoutesStated acknowledged or refused: this answer states the appeal routes and
 * deadlines
 */
public record StepInput(String status, String organization, String plannedFor, String refusalReason,
		List<String> datasets, String note, Boolean appealRoutesStated) {
}
