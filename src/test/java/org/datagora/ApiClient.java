package org.datagora;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for the API tests: JSON in, JSON out, an optional API key. */
public final class ApiClient {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final String apiKey;

	public ApiClient(int port, String apiKey) {
		this.base = "http://127.0.0.1:" + port;
		this.apiKey = apiKey;
	}

	public ApiClient as(String key) {
		return new ApiClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), key);
	}

	public String base() {
		return base;
	}

	/** A response with its status, headers and body parsed as JSON when it is JSON. */
	public record Response(int status, HttpResponse<byte[]> raw) {

		public JsonNode json() {
			try {
				return JSON.readTree(raw.body());
			}
			catch (RuntimeException e) {
				throw new AssertionError("Not JSON: " + text(), e);
			}
		}

		public String text() {
			return new String(raw.body(), StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public Response delete(String path, String... headers) {
		return send(request(path, headers).DELETE());
	}

	public Response post(String path, Object body, String... headers) {
		return send(withJson(request(path, headers), "POST", body));
	}

	public Response put(String path, Object body, String... headers) {
		return send(withJson(request(path, headers), "PUT", body));
	}

	/** A multipart/form-data upload of one file part named "file", plus text fields. */
	public Response upload(String path, String filename, byte[] content, String... fields) {
		Multipart multipart = Multipart.of(filename, content, fields);
		return send(request(path).header("Content-Type", multipart.contentType()).POST(multipart.body()));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
		if (apiKey != null) {
			builder.header("X-API-KEY", apiKey);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private static HttpRequest.Builder withJson(HttpRequest.Builder builder, String method, Object body) {
		String json = body instanceof String text ? text : JSON.writeValueAsString(body);
		return builder.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response);
		}
		catch (IOException e) {
			throw new AssertionError("Request failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
