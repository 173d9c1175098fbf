/**
 * Accounts, memberships of organizations with their roles, API tokens, and who is signed in.
 * Other modules use {@link org.datagora.identity.Viewer}, {@link org.datagora.identity.Accounts},
 * {@link org.datagora.identity.Memberships} and {@link org.datagora.identity.ApiTokens}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.datagora.identity;
