package org.datagora.harvest.ods;

import java.net.URI;
import java.util.List;

import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestProtocol;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.JsonPages;
import org.datagora.harvest.protocol.RemoteFetcher;
import org.springframework.stereotype.Component;

/**
 * OpenDataSoft through the Explore API v2.1 catalog, the source URL being the portal's root:
 * {@code catalog/datasets} by pages of 100 ordered by dataset id, up to the announced total. The API
 * refuses {@code offset + limit} of 10,000 or more, so a larger catalog is read on from that point
 * through the catalog's JSON export (one streamed list of the same dataset objects).
 */
@Component
class OdsProtocol implements HarvestProtocol {

	static final int LIMIT = 100;

	/** The spec: without group_by, offset + limit should be less than 10,000. */
	static final int OFFSET_CAP = 10_000;

	private static final List<String> ITEMS = List.of("results");

	private final int offsetCap;

	OdsProtocol() {
		this(OFFSET_CAP);
	}

	/** With a lower cap, for tests of the switch to the export. */
	OdsProtocol(int offsetCap) {
		this.offsetCap = offsetCap;
	}

	@Override
	public String code() {
		return "ods";
	}

	@Override
	public String label() {
		return "OpenDataSoft";
	}

	@Override
	public void harvest(HarvestRequest request, RemoteFetcher fetcher, HarvestSink sink) {
		String root = JsonPages.portalRoot(request.url());
		OdsDatasets datasets = new OdsDatasets(root);
		JsonPages pages = new JsonPages(sink, request.maxItems());
		String catalog = root + "/api/explore/v2.1/catalog/";
		long offset = 0;
		while (!pages.full()) {
			if (offset + LIMIT >= offsetCap) {
				readExport(URI.create(catalog + "exports/json?order_by=dataset_id&offset=" + offset), fetcher, pages, datasets);
				return;
			}
			URI url = URI.create(catalog + "datasets?limit=" + LIMIT + "&offset=" + offset + "&order_by=dataset_id");
			JsonPages.Page page;
			try (RemoteFetcher.Response response = fetcher.get(url, "application/json")) {
				page = pages.read(response, ITEMS, datasets::map);
			}
			if (!page.hasList()) {
				throw new HarvestException(url + " is not an OpenDataSoft catalog answer (no results): is " + request.url()
						+ " the root of an OpenDataSoft portal?");
			}
			offset += page.items();
			String total = page.field("total_count");
			if (page.items() == 0 || total != null && total.matches("\\d+") && offset >= Long.parseLong(total)) {
				return;
			}
		}
	}

	private void readExport(URI url, RemoteFetcher fetcher, JsonPages pages, OdsDatasets datasets) {
		try (RemoteFetcher.Response response = fetcher.get(url, "application/json")) {
			if (!pages.read(response, List.of(""), datasets::map).hasList()) {
				throw new HarvestException(url + " is not a JSON list of datasets: past " + offsetCap
						+ " datasets this portal cannot be read");
			}
		}
	}
}
