package org.datagora.identity.internal;

import org.datagora.identity.Viewer;

public record AccountPage(Viewer viewer, int activeTokens) {
}
