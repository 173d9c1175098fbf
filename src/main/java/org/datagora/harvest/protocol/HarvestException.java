package org.datagora.harvest.protocol;

/**
 * The source as a whole cannot be harvested (unreachable, not the expected protocol, a page that
 * cannot be parsed, a paging loop, a response over the size limit, an address refused): the job
 * ends as failed with this message, and nothing is archived on the strength of a partial walk.
 */
public class HarvestException extends RuntimeException {

	public HarvestException(String message) {
		super(message);
	}

	public HarvestException(String message, Throwable cause) {
		super(message, cause);
	}
}
