package org.datagora.harvest.dcat;

import java.net.URI;

import org.apache.jena.riot.Lang;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestProtocol;
import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.RemoteFetcher;
import org.springframework.stereotype.Component;

/**
 * A DCAT catalog in RDF/XML, Turtle, JSON-LD or N-Triples, paged or not (Hydra
 * PartialCollectionView's hydra:next, or the older PagedCollection's hydra:nextPage), or a DCAT-US
 * 1.1 data.json. Each page is spooled to a temporary file and read from there (see {@link RdfPage}).
 */
@Component
class DcatProtocol implements HarvestProtocol {

	private static final String ACCEPT = "text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.9, "
			+ "application/n-triples;q=0.8, application/json;q=0.5, */*;q=0.1";

	private final RdfPage.Limits limits;

	DcatProtocol() {
		this(RdfPage.Limits.DEFAULT);
	}

	DcatProtocol(RdfPage.Limits limits) {
		this.limits = limits;
	}

	@Override
	public String code() {
		return "dcat";
	}

	@Override
	public String label() {
		return "DCAT (RDF, data.json)";
	}

	@Override
	public void harvest(HarvestRequest request, RemoteFetcher fetcher, HarvestSink sink) {
		JsonLdContexts contexts = new JsonLdContexts(fetcher);
		int accepted = 0;
		URI page = request.url();
		while (page != null && (request.maxItems() == 0 || accepted < request.maxItems())) {
			int budget = request.maxItems() == 0 ? 0 : request.maxItems() - accepted;
			try (RemoteFetcher.Response response = fetcher.get(page, ACCEPT); Spool spool = Spool.of(response.body())) {
				Lang lang = RdfSyntax.of(response.contentType(), response.url(), spool.head());
				if (lang == RdfSyntax.DATA_JSON) {
					accepted += DataJson.read(spool.file(), sink, budget);
					page = null;
				}
				else {
					RdfPage.Result result = new RdfPage(spool, lang, response.url().toString(), contexts).read(sink, budget,
							limits);
					accepted += result.accepted();
					page = result.next() == null ? null : next(response.url(), result.next());
				}
			}
		}
	}

	private static URI next(URI page, String next) {
		try {
			return page.resolve(next.strip());
		}
		catch (IllegalArgumentException e) {
			throw new HarvestException("The next page's address is not a URL: " + next, e);
		}
	}
}
