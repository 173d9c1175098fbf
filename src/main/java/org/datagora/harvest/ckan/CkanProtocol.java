package org.datagora.harvest.ckan;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestProtocol;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.JsonPages;
import org.datagora.harvest.protocol.RemoteFetcher;
import org.springframework.stereotype.Component;

/**
 * CKAN through its Action API: {@code package_search} page after page ({@code rows}, {@code start})
 * in a stable order (creation date, then id), until the announced count is reached or a page
 * comes back empty. DKAN's imitation, whose {@code result} is the list itself and has no count,
 * is read until an empty page. Options {@code organization} and {@code tag} filter at the source.
 */
@Component
class CkanProtocol implements HarvestProtocol {

	// CKAN's own ceiling (ckan.search.rows_max); a portal that caps lower still pages right,
	// since the next start counts the items received
	static final int ROWS = 1000;

	private static final List<String> ITEMS = List.of("result.results", "result");

	@Override
	public String code() {
		return "ckan";
	}

	@Override
	public String label() {
		return "CKAN";
	}

	@Override
	public void harvest(HarvestRequest request, RemoteFetcher fetcher, HarvestSink sink) {
		String base = JsonPages.portalRoot(request.url());
		CkanDatasets datasets = new CkanDatasets(base);
		JsonPages pages = new JsonPages(sink, request.maxItems());
		String query = "&sort=" + encode("metadata_created asc, id asc") + filter(request);
		long start = 0;
		while (!pages.full()) {
			URI url = URI.create(base + "/api/3/action/package_search?rows=" + ROWS + "&start=" + start + query);
			JsonPages.Page page;
			try (RemoteFetcher.Response response = fetcher.get(url, "application/json")) {
				page = pages.read(response, ITEMS, datasets::map);
			}
			if (!page.hasList()) {
				throw new HarvestException(url + " is not a CKAN package_search answer (no result list): is "
						+ request.url() + " the root of a CKAN portal?");
			}
			start += page.items();
			String count = page.field("result.count");
			if (page.items() == 0 || count != null && count.matches("\\d+") && start >= Long.parseLong(count)) {
				return;
			}
		}
	}


	private static String filter(HarvestRequest request) {
		List<String> clauses = new ArrayList<>();
		if (request.option("organization") != null) {
			clauses.add("organization:" + quoted(request.option("organization")));
		}
		if (request.option("tag") != null) {
			clauses.add("tags:" + quoted(request.option("tag")));
		}
		return clauses.isEmpty() ? "" : "&fq=" + encode(String.join(" AND ", clauses));
	}

	/** A Solr phrase: the value cannot close the quotes and add clauses of its own. */
	private static String quoted(String value) {
		return "\"" + value.replace("\\", "").replace("\"", "") + "\"";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
