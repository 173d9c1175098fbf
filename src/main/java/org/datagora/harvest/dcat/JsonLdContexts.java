package org.datagora.harvest.dcat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.RemoteFetcher;

/**
 * The JSON-LD reader's only way to a remote @context: through the harvest's {@link RemoteFetcher}
 * (so under its address guard and limits), once per context and harvest. Titanium's own HTTP loader
 * is never used.
 */
final class JsonLdContexts implements DocumentLoader {

	private final RemoteFetcher fetcher;

	private final Map<URI, Document> loaded = new HashMap<>();

	JsonLdContexts(RemoteFetcher fetcher) {
		this.fetcher = fetcher;
	}

	@Override
	public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
		Document document = loaded.get(url);
		if (document == null) {
			document = fetch(url);
			loaded.put(url, document);
		}
		return document;
	}

	private Document fetch(URI url) throws JsonLdError {
		if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "Context refused: " + url);
		}
		try (RemoteFetcher.Response response = fetcher.get(url, "application/ld+json, application/json")) {
			return JsonDocument.of(response.body());
		}
		catch (HarvestException e) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "Context " + url + ": " + e.getMessage(), e);
		}
	}
}
