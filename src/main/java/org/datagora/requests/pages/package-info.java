/**
 * The pages of data requests (jte templates under {@code src/main/jte/requests}): the search with
 * facets {@code /requests}, a request with its legal clock, timeline, discussion and the forms
 * that act on it {@code /requests/{id}}, the new-request form with its duplicate step
 * {@code /requests/new}, and an organization's queue {@code /organizations/{slug}/requests}.
 * <p>
 * Every form works without JavaScript and posts, then redirects (or shows the page again with
 * what is wrong); htmx only saves a reload. Controllers call the module's services, which check
 * every permission; pages show a form only to those it is for.
 */
package org.datagora.requests.pages;
