package org.datagora.requests;

import java.util.UUID;

/** A request was submitted. */
public record DataRequestSubmitted(UUID requestId) implements DataRequestEvent {
}
