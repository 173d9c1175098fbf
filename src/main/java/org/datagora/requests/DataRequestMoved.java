package org.datagora.requests;

import java.util.UUID;

/** A request took a step of its workflow: {@code eventId} is that step on its timeline. */
public record DataRequestMoved(UUID requestId, long eventId) implements DataRequestEvent {
}
