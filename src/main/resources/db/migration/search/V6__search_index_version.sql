-- Each write to the search index takes a number from this sequence before it reads the catalog;
-- Solr keeps a document only if its number is higher than the one it has, so that when two
-- nodes index the same dataset at once, the state read last wins whatever the order of arrival.
create sequence search_index_version;
