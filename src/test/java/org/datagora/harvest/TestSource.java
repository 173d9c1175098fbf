package org.datagora.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.datagora.harvest.http.FetchLimits;
import org.datagora.harvest.http.HostPacer;
import org.datagora.harvest.http.HttpFetcher;

/**
 * A real HTTP server on 127.0.0.1 playing a remote catalog in tests: each path answers what its
 * handler returns (the query string is part of the path), and every request is recorded.
 */
public final class TestSource implements AutoCloseable {

	/** An answer: status, content type, body. */
	public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

		public static Answer of(String contentType, String body) {
			return new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
		}

		public static Answer file(String contentType, Path file) {
			try {
				return new Answer(200, contentType, Files.readAllBytes(file), Map.of());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		public static Answer redirect(String location) {
			return new Answer(302, null, new byte[0], Map.of("Location", location));
		}
	}

	/** A request as received: method, path with query, body. */
	public record Request(String method, String pathAndQuery, String body) {
	}

	private final HttpServer server;

	private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	public TestSource() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.createContext("/", this::handle);
		// a slow answer must not hold the others
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
	}

	/** Answers {@code pathAndQuery} (exactly, query included) with {@code answer}. */
	public TestSource on(String pathAndQuery, Answer answer) {
		routes.put(pathAndQuery, request -> answer);
		return this;
	}

	/** Answers every request whose path (query excluded) is {@code path} through {@code handler}. */
	public TestSource onPath(String path, Function<Request, Answer> handler) {
		routes.put("path:" + path, handler);
		return this;
	}

	public URI url(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
	}

	public List<Request> requests() {
		return List.copyOf(requests);
	}

	/** A fetcher with the default limits, allowed to reach 127.0.0.1, without politeness delay. */
	public static HttpFetcher fetcher() {
		FetchLimits defaults = FetchLimits.defaults().allowing(List.of("127.0.0.1"));
		return new HttpFetcher(new FetchLimits(defaults.connectTimeout(), defaults.responseTimeout(),
				defaults.maxResponseBytes(), java.time.Duration.ZERO, defaults.maxPages(), defaults.allowedAddresses()),
				new HostPacer());
	}

	private void handle(HttpExchange exchange) throws IOException {
		String pathAndQuery = exchange.getRequestURI().getRawPath()
				+ (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Request request = new Request(exchange.getRequestMethod(), pathAndQuery, body);
		requests.add(request);
		Function<Request, Answer> route = routes.get(pathAndQuery);
		if (route == null) {
			route = routes.get("path:" + exchange.getRequestURI().getRawPath());
		}
		Answer answer = route == null ? new Answer(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8),
				Map.of()) : route.apply(request);
		if (answer.contentType() != null) {
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
		}
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer.body());
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
