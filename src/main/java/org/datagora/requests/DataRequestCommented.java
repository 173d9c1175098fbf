package org.datagora.requests;

import java.util.UUID;

/** {@code authorId} added a comment to a request. */
public record DataRequestCommented(UUID requestId, UUID commentId, UUID authorId) implements DataRequestEvent {
}
