/**
 * A read-only CKAN Action API under {@code /api/3/action/}: CKAN's envelope, errors, package,
 * organization and group dicts over our search and catalog, so that CKAN clients and harvesters
 * read Datagora unchanged.
 */
package org.datagora.search.ckan;
