package org.datagora.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded change to a dataset or one of its resources: who, when, what, which fields. */
public record Change(Instant at, UUID actorId, String actorName, String action, UUID resourceId, List<String> fields) {
}
