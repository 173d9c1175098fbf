package org.datagora.requests;

import java.util.List;
import java.util.UUID;

/**
 * Full-text search of requests. The search module, which owns the index, implements it; this
 * module only asks. Bad filter values are 400 problems; an unreachable engine is a 503.
 */
public interface RequestSearch {

	RequestHits search(RequestQuery query);

	/**
	 * Requests whose title is close to {@code title}, closest first, withdrawn ones left out: the
	 * duplicates shown before a new request is posted. Empty when the engine cannot be reached, so
	 * that asking is never blocked by search.
	 */
	List<UUID> similar(String title, int max);
}
