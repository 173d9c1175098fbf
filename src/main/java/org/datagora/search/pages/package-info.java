/**
 * The search pages (jte templates under {@code src/main/jte/search}): the dataset search
 * {@code /datasets}, read from the same query parameters as the API's {@code /api/1/datasets}
 * so that a page and its API call agree, with facets as plain links (no JavaScript needed).
 * Results are shown with the catalog's dataset card; the dataset page itself is the catalog's.
 */
package org.datagora.search.pages;
