package org.datagora.identity.internal;

import org.datagora.identity.Viewer;

/** The account overview; {@code welcome} right after sign-up. */
public record AccountPage(Viewer viewer, int activeTokens, boolean welcome) {
}
