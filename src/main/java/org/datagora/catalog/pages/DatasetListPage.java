package org.datagora.catalog.pages;

import java.util.List;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.DatasetFilter;
import org.datagora.catalog.Organization;
import org.datagora.web.FormErrors;
import org.datagora.web.Pager;

/** The dataset list with its filters (as sent in the URL), results and pagination. */
public record DatasetListPage(DatasetFilter filter, List<Dataset> datasets, Pager pager,
		List<Organization> organizations, FormErrors errors, boolean deleted) {

	public static final List<String> SORTS = List.of("-last_update", "-created", "title", "-last_modified");

	/** A filter value for a form field: empty for none. */
	public static String value(String value) {
		return value == null ? "" : value;
	}
}
