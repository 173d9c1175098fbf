/**
 * The heart of the portal: organizations, datasets, resources (distributions), their
 * vocabularies (licences, frequencies, themes, badges) and the history of every change.
 * Every write is one transaction that also publishes a {@link org.datagora.catalog.DatasetChanged}
 * event, so that search, quality checks and metrics follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.datagora.catalog;
