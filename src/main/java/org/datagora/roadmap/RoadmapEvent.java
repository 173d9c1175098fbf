package org.datagora.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One change of a roadmap entry, dated and attributed.
 *
 * @param action proposed, created (straight into the roadmap), edited (see {@code fields}) or
 * moved (from {@code oldStatus} to {@code newStatus})
 */
public record RoadmapEvent(Instant at, UUID actorId, String actorName, String action, RoadmapStatus oldStatus,
		RoadmapStatus newStatus, LocalDate oldTargetDate, LocalDate newTargetDate, String reason, UUID datasetId,
		List<String> fields) {
}
