package org.datagora.harvest.protocol;

import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * The only way a protocol reaches the network. Every request follows the source's rules:
 * http(s) only, no loopback, private or link-local address (redirects included) unless the
 * configuration allows it, a connect and read timeout, a maximum response size (the stream fails
 * past it), a minimum interval between two requests to the same host, and a maximum number of
 * pages with no URL fetched twice in one harvest (a paging loop).
 */
public interface RemoteFetcher {

	/** A successful response (2xx) streamed; the caller closes it. Other statuses throw {@link HarvestException}. */
	Response get(URI url, String accept);

	/** As {@link #get} with a POST body (CSW GetRecords). */
	Response post(URI url, String contentType, String body, String accept);

	/**
	 * @param url the URL finally answered, after redirects
	 * @param contentType the media type without parameters, lower case, or null
	 * @param headers the response headers, names in lower case, first value each
	 */
	record Response(URI url, String contentType, Map<String, String> headers, InputStream body)
			implements AutoCloseable {

		@Override
		public void close() {
			try {
				body.close();
			}
			catch (java.io.IOException e) {
				// nothing left to read
			}
		}
	}
}
