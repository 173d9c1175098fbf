package org.datagora;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar, started as an operator would, against a PostgreSQL server
 * ({@code DATAGORA_IT_PG_URL}, set by .ci/run): it migrates the database, takes writes and
 * still has them after a restart.
 */
class PackagedJarIT {

	@TempDir
	Path workDirectory;

	@Test
	void thePackagedJarRunsOnAPostgreSqlServerAndKeepsItsData() throws Exception {
		String url = System.getenv("DATAGORA_IT_PG_URL");
		assumeTrue(url != null && !url.isBlank(),
				"DATAGORA_IT_PG_URL is not set: the packaged-jar test needs a PostgreSQL server (.ci/run starts one)");
		Path jar = Path.of(System.getProperty("datagora.it.jar", "target/datagora.jar"));
		assertThat(jar).exists();
		int port = freePort();
		String email = "ops-" + UUID.randomUUID() + "@example.org";
		String password = "a long operator password";

		Process first = start(jar, port, url, email, password);
		String datasetId;
		try {
			String token = issueToken(port, email, password);
			var api = new ApiClient(port, token);
			String org = api.post("/api/1/organizations/", Map.of("name", "Ville de Test " + port, "type",
					"local-authority")).json().get("id").asString();
			ApiClient.Response created = api.post("/api/1/datasets/", Map.of("title", "Budget " + port,
					"organization", org, "spatial", Map.of("zones", List.of("fr:commune:75056"))));
			assertThat(created.status()).as(created.text()).isEqualTo(201);
			datasetId = created.json().get("id").asString();
		}
		finally {
			stop(first);
		}

		Process second = start(jar, port, url, email, password);
		try {
			ApiClient.Response again = new ApiClient(port, null).get("/api/1/datasets/" + datasetId);
			assertThat(again.status()).isEqualTo(200);
			assertThat(again.json().get("title").asString()).isEqualTo("Budget " + port);
		}
		finally {
			stop(second);
		}
	}

	private Process start(Path jar, int port, String url, String email, String password) throws Exception {
		File log = workDirectory.resolve("datagora-" + System.nanoTime() + ".log").toFile();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar.toAbsolutePath().toString())
			.directory(workDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log);
		Map<String, String> env = builder.environment();
		env.put("DATAGORA_DB_URL", url);
		env.put("DATAGORA_DB_USERNAME", System.getenv().getOrDefault("DATAGORA_IT_PG_USER", "datagora"));
		env.put("DATAGORA_DB_PASSWORD", System.getenv().getOrDefault("DATAGORA_IT_PG_PASSWORD", "datagora"));
		env.put("DATAGORA_ADMIN_EMAIL", email);
		env.put("DATAGORA_ADMIN_PASSWORD", password);
		env.put("SERVER_PORT", String.valueOf(port));
		env.put("SERVER_ADDRESS", "127.0.0.1");
		Process process = builder.start();
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the portal stopped; its log:\n%s", Files.readString(log.toPath()))
				.isTrue();
			try {
				HttpResponse<String> ping = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/1/ping")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (ping.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		stop(process);
		throw new AssertionError("The portal did not start in 90 s; its log:\n" + Files.readString(log.toPath()));
	}

	private static String issueToken(int port, String email, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/1/me/tokens"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"it\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JsonMapper.builder().build().readTree(response.body()).get("token").asString();
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
