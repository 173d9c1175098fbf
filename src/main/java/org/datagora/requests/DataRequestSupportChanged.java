package org.datagora.requests;

import java.util.UUID;

/** Someone supported a request or withdrew their support: its count changed. */
public record DataRequestSupportChanged(UUID requestId) implements DataRequestEvent {
}
