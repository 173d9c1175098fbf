package org.datagora.harvest.protocol;

/**
 * Where a protocol hands what it reads, one item at a time, in the order of the source: the
 * harvester maps, compares and stores in batches behind it, so that a protocol never holds more
 * than the page it is reading.
 */
public interface HarvestSink {

	void accept(RemoteDataset dataset);

	/**
	 * One item of the source could not be read (invalid record, missing title ...): it is recorded
	 * as failed with the reason, and the harvest goes on.
	 *
	 * @param remoteId the item's identifier if it could be read, else null
	 * @param reason what is wrong, in words a publisher can act on
	 */
	void failed(String remoteId, String reason);
}
