package org.datagora.harvest.pages;

import java.util.List;

import org.datagora.harvest.HarvestItem;
import org.datagora.harvest.HarvestJob;
import org.datagora.harvest.HarvestSource;
import org.datagora.web.Pager;

/** A job of a source and what it did to each item, page by page, of one outcome or all ({@code outcome} null). */
public record HarvestJobPage(HarvestJob job, HarvestSource source, List<HarvestItem> items, Pager pager,
		String outcome) {

	public List<HarvestFacts.Count> counts() {
		return HarvestFacts.counts(job);
	}

	/** The link to the items of one outcome, or to all of them for null. */
	public String filterLink(String filter) {
		return "/harvest/jobs/" + job.id() + (filter == null ? "" : "?outcome=" + filter);
	}
}
