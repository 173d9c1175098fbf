package org.datagora.identity.internal;

import java.time.Instant;
import java.util.List;

import org.datagora.identity.ApiTokens;
import org.datagora.web.FormErrors;

/** The API tokens of the account (never their secret) and the form to create one. */
public record TokensPage(List<ApiTokens.TokenInfo> tokens, String name, FormErrors errors, Instant now) {
}
