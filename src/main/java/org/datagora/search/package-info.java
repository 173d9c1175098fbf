/**
 * Search: one Solr index of datasets and organizations (reuses, dataservices and data requests
 * later), kept in step with the catalog through the events of its writes, with French relevance,
 * exact facet counts, deep pagination and a full rebuild without downtime. The engine is an
 * embedded Solr by default and SolrCloud when ZooKeeper hosts are configured; the code above
 * {@link org.datagora.search.SearchEngine} is the same for both.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.datagora.search;
