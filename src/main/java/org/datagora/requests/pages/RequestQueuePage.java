package org.datagora.requests.pages;

import java.util.List;

import org.datagora.requests.OrganizationRequests;
import org.datagora.requests.ResponseTimes;
import org.datagora.web.Pager;

/** An organization's queue of requests under one filter, with its response times. */
public record RequestQueuePage(OrganizationRequests.Queue queue, ResponseTimes times, Pager pager) {

	public static final List<OrganizationRequests.Filter> FILTERS = List.of(OrganizationRequests.Filter.values());

	/** The share answered in time, as a whole percentage. */
	public long percentInTime() {
		return Math.round(times.shareInTime() * 100);
	}
}
