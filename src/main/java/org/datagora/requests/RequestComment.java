package org.datagora.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment on a request, in Markdown. A hidden comment keeps its place; its body is shown only
 * to those who may moderate it (null for the others).
 */
public record RequestComment(UUID id, DataRequest.Person author, String body, Instant createdAt, boolean hidden,
		int reportCount) {
}
