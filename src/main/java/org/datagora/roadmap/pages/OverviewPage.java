package org.datagora.roadmap.pages;

import org.datagora.roadmap.RoadmapOverview;

/** The national overview, with its chart of openings drawn for the page's language. */
public record OverviewPage(RoadmapOverview.Overview overview, OpeningsChart chart) {
}
