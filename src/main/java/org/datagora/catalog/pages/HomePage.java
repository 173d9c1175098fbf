package org.datagora.catalog.pages;

import java.util.List;

import org.datagora.catalog.CatalogCounts;
import org.datagora.catalog.Dataset;

/**
 * The home page: what the catalog holds, its latest datasets and those of the public data
 * service; {@code feed} the address of the catalog's Atom feed in the page's language.
 */
public record HomePage(CatalogCounts.Counts counts, List<Dataset> latest, List<Dataset> spd, String feed) {
}
