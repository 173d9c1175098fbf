package org.datagora.identity.internal;

import org.datagora.identity.ApiTokens;

/** The one page that shows the secret of a token, right after its creation. */
public record TokenCreatedPage(ApiTokens.IssuedToken issued) {
}
