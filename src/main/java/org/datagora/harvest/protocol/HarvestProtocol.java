package org.datagora.harvest.protocol;

/**
 * One kind of catalog the harvester can read (CKAN, DCAT, udata, CSW, OpenDataSoft). An
 * implementation is a Spring bean; it walks the whole source, page after page, through the
 * {@link RemoteFetcher} only (which enforces timeouts, size limits, politeness and refuses
 * private addresses), and streams what it reads into the sink.
 */
public interface HarvestProtocol {

	/** The code stored with a source: "ckan", "dcat", "udata", "csw", "ods". */
	String code();

	/** The name shown to people. */
	String label();

	/**
	 * Reads every dataset of the source into {@code sink}. Items that cannot be read go to
	 * {@link HarvestSink#failed}; a source that cannot be read throws {@link HarvestException}.
	 */
	void harvest(HarvestRequest request, RemoteFetcher fetcher, HarvestSink sink);
}
