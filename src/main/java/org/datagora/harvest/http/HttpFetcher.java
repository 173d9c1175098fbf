package org.datagora.harvest.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.RemoteFetcher;

/**
 * The {@link RemoteFetcher} of one harvest, on the JDK's HTTP client. Redirects are followed here,
 * up to five, so that each hop is checked by the {@link AddressGuard}. A response is cut when it
 * passes the size limit or the response timeout (a watchdog closes a stalled stream).
 */
public final class HttpFetcher implements RemoteFetcher {

	private static final int MAX_REDIRECTS = 5;

	private static final String USER_AGENT = "Datagora harvester (+https://github.com/datagora)";

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "harvest-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpClient client;

	private final FetchLimits limits;

	private final AddressGuard guard;

	private final HostPacer pacer;

	private final Set<String> fetched = new HashSet<>();

	public HttpFetcher(FetchLimits limits, HostPacer pacer) {
		this.limits = limits;
		this.pacer = pacer;
		this.guard = new AddressGuard(limits.allowedAddresses());
		this.client = HttpClient.newBuilder()
			.connectTimeout(limits.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Response get(URI url, String accept) {
		return send(url, accept, null, null);
	}

	@Override
	public Response post(URI url, String contentType, String body, String accept) {
		return send(url, accept, contentType, body);
	}

	private Response send(URI url, String accept, String contentType, String body) {
		// a POST's URL repeats (CSW pages differ by their body)
		String key = body == null ? url.toString() : url + "\n" + body;
		if (!fetched.add(key)) {
			throw new HarvestException("Paging loop: " + url + " was already read in this harvest");
		}
		if (fetched.size() > limits.maxPages()) {
			throw new HarvestException("More than " + limits.maxPages() + " requests in one harvest: stopped");
		}
		URI current = url;
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			guard.check(current);
			pacer.await(current.getHost(), limits.hostInterval());
			HttpResponse<InputStream> response = exchange(current, accept, contentType, body);
			int status = response.statusCode();
			if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
				close(response.body());
				current = current.resolve(response.headers().firstValue("location").get().strip());
				if (status == 303) {
					contentType = null;
					body = null;
				}
				continue;
			}
			if (status < 200 || status >= 300) {
				close(response.body());
				throw new HarvestException("HTTP " + status + " from " + current);
			}
			long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
			if (declared > limits.maxResponseBytes()) {
				close(response.body());
				throw tooLarge(current);
			}
			Map<String, String> headers = new HashMap<>();
			response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
			String type = response.headers()
				.firstValue("content-type")
				.map(value -> value.split(";")[0].strip().toLowerCase(Locale.ROOT))
				.orElse(null);
			return new Response(current, type, headers, new Limited(response.body(), current));
		}
		throw new HarvestException("More than " + MAX_REDIRECTS + " redirects from " + url);
	}

	private HttpResponse<InputStream> exchange(URI url, String accept, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(limits.responseTimeout())
			.header("User-Agent", USER_AGENT)
			.header("Accept", accept == null ? "*/*" : accept);
		if (body != null) {
			request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpTimeoutException e) {
			throw new HarvestException("No answer from " + url + " within " + limits.responseTimeout().toSeconds() + " s");
		}
		catch (IOException e) {
			throw new HarvestException("Cannot reach " + url + ": " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new HarvestException("Interrupted while reading " + url, e);
		}
	}

	private HarvestException tooLarge(URI url) {
		return new HarvestException("The response of " + url + " is larger than " + limits.maxResponseBytes() / (1024 * 1024)
				+ " MB (datagora.harvest.max-response-size)");
	}

	private static void close(InputStream in) {
		try {
			in.close();
		}
		catch (IOException e) {
			// the connection is dropped anyway
		}
	}

	/** Counts the bytes read, fails past the limit, and is closed by the watchdog past the deadline. */
	private final class Limited extends FilterInputStream {

		private final URI url;

		private final ScheduledFuture<?> deadline;

		private long count;

		private volatile boolean timedOut;

		Limited(InputStream in, URI url) {
			super(in);
			this.url = url;
			this.deadline = WATCHDOG.schedule(() -> {
				timedOut = true;
				HttpFetcher.close(in);
			}, limits.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}

		@Override
		public int read() throws IOException {
			int b = guarded(super.read());
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = guarded(super.read(buffer, offset, length));
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private int guarded(int result) {
			if (timedOut) {
				throw new HarvestException("The response of " + url + " took longer than "
						+ limits.responseTimeout().toSeconds() + " s: stopped");
			}
			return result;
		}

		private void counted(int n) {
			count += n;
			if (count > limits.maxResponseBytes()) {
				throw tooLarge(url);
			}
		}

		@Override
		public void close() throws IOException {
			deadline.cancel(false);
			super.close();
		}
	}
}
