/**
 * The roadmap's pages (jte templates under {@code src/main/jte/roadmap}, DSFR, French by default,
 * {@code ?lang=en}, usable without JavaScript): the national overview {@code /roadmaps} with its
 * chart of openings (SVG drawn here, its figures also in a table), an organization's roadmap
 * {@code /organizations/{slug}/roadmap}, an entry with its timeline {@code /roadmaps/entries/{id}},
 * and the forms: a new entry or proposal {@code /organizations/{slug}/roadmap/new}, an edit
 * {@code /roadmaps/entries/{id}/edit}, a move to another status
 * {@code /roadmaps/entries/{id}/move?status=...}, support and its withdrawal.
 * <p>
 * Controllers only call the roadmap services, which check every permission; the pages show or
 * hide buttons for people, not for safety. A service's problem for bad input shows the form again
 * with {@link org.datagora.web.FormErrors}.
 */
package org.datagora.roadmap.pages;
