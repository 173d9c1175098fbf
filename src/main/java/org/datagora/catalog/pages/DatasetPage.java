package org.datagora.catalog.pages;

import java.util.List;

import org.datagora.catalog.Change;
import org.datagora.catalog.Dataset;
import org.datagora.geo.GeoZone;

/**
 * One dataset: metadata, description already rendered to safe HTML, resources and history;
 * {@code jsonLd} its schema.org description for search engines, null when it is not public.
 */
public record DatasetPage(Dataset dataset, String descriptionHtml, List<GeoZone> zones, List<Change> history,
		boolean canEdit, String jsonLd) {
}
