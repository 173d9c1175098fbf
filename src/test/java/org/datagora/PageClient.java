package org.datagora;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the page tests: keeps cookies (session, language), does not
 * follow redirects, posts forms with the CSRF token read from the last page.
 */
public final class PageClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	public PageClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public record Page(int status, String body, HttpResponse<String> raw) {

		public String location() {
			return raw.headers().firstValue("Location").orElse(null);
		}

		/** The CSRF token of the first form of the page. */
		public String csrf() {
			Matcher matcher = CSRF.matcher(body);
			if (!matcher.find()) {
				throw new AssertionError("No CSRF field in the page: " + body);
			}
			return matcher.group(1);
		}
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** Posts the fields as a form, without adding anything. */
	public Page post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Opens {@code formPage}, then posts the fields with the CSRF token found there. */
	public Page submit(String formPage, String action, String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("_csrf", get(formPage).csrf());
		for (int i = 0; i + 1 < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		return post(action, values);
	}

	/** Posts a multipart form with one file part named "file" and text fields. */
	public Page multipart(String path, String filename, byte[] content, String... fields) {
		Multipart multipart = Multipart.of(filename, content, fields);
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", multipart.contentType()).POST(multipart.body()));
	}

	/** Signs up through the form; the new account is signed in. */
	public Page signUp(String email, String name, String password) {
		return submit("/signup", "/signup", "email", email, "display_name", name, "password", password);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : base + path);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body(), response);
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
