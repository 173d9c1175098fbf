package org.datagora.identity.internal;

/** The login form; {@code error} after a failed attempt, {@code loggedOut} after logging out. */
public record LoginPage(boolean error, boolean loggedOut) {
}
