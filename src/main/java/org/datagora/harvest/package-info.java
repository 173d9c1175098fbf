/**
 * Harvesting: sources (other catalogs, one protocol each: CKAN, DCAT, udata, CSW, OpenDataSoft),
 * validated by a site administrator, run as jobs on JobRunr that record the outcome of every
 * item. A source's remote id maps to one dataset for good; unchanged items are found by a hash;
 * datasets the source drops are archived after a grace period. Every request goes through
 * {@link org.datagora.harvest.http.HttpFetcher}, which refuses private addresses and bounds time,
 * size and paging.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Harvest")
package org.datagora.harvest;
