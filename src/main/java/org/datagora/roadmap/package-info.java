/**
 * The opening roadmap of each organization: the datasets it commits to open, with a target date
 * and a status that moves through {@link org.datagora.roadmap.RoadmapStatus} (the one place the
 * workflow is written), the entries the community proposes and supports, the dated and
 * attributed history of every change, and the national overview of all organizations.
 * {@link org.datagora.roadmap.RoadmapEntries} checks every permission on every write; other
 * modules turn their own items into entries with
 * {@link org.datagora.roadmap.RoadmapEntries#fromRequest}. "Late" is never stored: it is an entry
 * under way whose target date has passed, today being read from the portal's {@link java.time.Clock}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roadmap")
package org.datagora.roadmap;
