/**
 * The harvester's pages (jte templates under {@code src/main/jte/harvest}): the sources of an
 * organization with the creation form {@code /organizations/{slug}/harvest}, a source with its
 * jobs, run, preview, edit and delete {@code /harvest/sources/{id}}, a job with what it did to
 * each item {@code /harvest/jobs/{id}}, and the sources waiting for a site administrator
 * {@code /admin/harvest}.
 * <p>
 * Controllers only call the harvest services, which check every permission; the pages show or
 * hide buttons with {@link org.datagora.harvest.HarvestSources#canManage} for people, not for
 * safety. A service's problem for bad input re-renders the form with
 * {@link org.datagora.web.FormErrors}.
 */
package org.datagora.harvest.pages;
