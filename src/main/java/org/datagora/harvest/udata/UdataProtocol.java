package org.datagora.harvest.udata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestProtocol;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.JsonPages;
import org.datagora.harvest.protocol.RemoteFetcher;
import org.springframework.stereotype.Component;

/**
 * udata (data.gouv.fr and the portals built on it) through API v1: {@code /api/1/datasets/} by
 * pages of 100 in creation order, following {@code next_page} until it is null. Options
 * {@code organization} (id) and {@code tag} filter at the source. A {@code next_page} that comes
 * back to a page already read is refused by the fetcher as a paging loop.
 */
@Component
class UdataProtocol implements HarvestProtocol {

	private static final List<String> ITEMS = List.of("data");

	@Override
	public String code() {
		return "udata";
	}

	@Override
	public String label() {
		return "udata (data.gouv.fr)";
	}

	@Override
	public void harvest(HarvestRequest request, RemoteFetcher fetcher, HarvestSink sink) {
		String base = JsonPages.portalRoot(request.url());
		UdataDatasets datasets = new UdataDatasets(base);
		JsonPages pages = new JsonPages(sink, request.maxItems());
		URI next = URI.create(base + "/api/1/datasets/?page_size=100&page=1&sort=created" + filters(request));
		while (next != null && !pages.full()) {
			JsonPages.Page page;
			try (RemoteFetcher.Response response = fetcher.get(next, "application/json")) {
				page = pages.read(response, ITEMS, datasets::map);
				if (!page.hasList()) {
					throw new HarvestException(next + " is not a udata dataset list (no data): is " + request.url()
							+ " the root of a udata portal?");
				}
				String link = page.field("next_page");
				next = link == null || page.items() == 0 ? null : nextPage(response.url(), link);
			}
		}
	}


	private static URI nextPage(URI current, String link) {
		try {
			return current.resolve(link);
		}
		catch (IllegalArgumentException e) {
			throw new HarvestException("The next_page of " + current + " is not a URL: " + link, e);
		}
	}

	private static String filters(HarvestRequest request) {
		String organization = request.option("organization");
		String tag = request.option("tag");
		return (organization == null ? "" : "&organization=" + encode(organization))
				+ (tag == null ? "" : "&tag=" + encode(tag));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
