package org.datagora.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceApiTest extends PortalTest {

	@Test
	void anUploadedFileIsHashedAndServedBackByItsStableLink() throws Exception {
		ApiClient alice = newUser("Alice");
		String dataset = alice.post("/api/1/datasets/", Map.of("title", "Communes")).json().get("id").asString();
		byte[] csv = "code_insee;nom\n01001;L'Abergement-Clémenciat\n2A004;Ajaccio\n".getBytes(StandardCharsets.UTF_8);

		ApiClient.Response uploaded = alice.upload("/api/1/datasets/" + dataset + "/upload/", "communes.csv", csv,
				"title", "Liste des communes");
		assertThat(uploaded.status()).isEqualTo(201);
		JsonNode resource = uploaded.json();
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv));
		assertThat(resource.get("checksum").get("value").asString()).isEqualTo(sha256);
		assertThat(resource.get("filesize").asLong()).isEqualTo(csv.length);
		assertThat(resource.get("format").asString()).isEqualTo("csv");
		assertThat(resource.get("filetype").asString()).isEqualTo("file");

		String id = resource.get("id").asString();
		ApiClient.Response download = anonymous.get("/datasets/r/" + id);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.raw().body()).isEqualTo(csv);
		assertThat(download.header("Content-Disposition")).contains("communes.csv");

		JsonNode after = anonymous.get("/api/1/datasets/" + dataset).json();
		assertThat(after.get("resources").get(0).get("title").asString()).isEqualTo("Liste des communes");
		assertThat(after.get("version").asInt()).isEqualTo(2);
		assertThat(anonymous.get("/api/1/datasets/" + dataset + "/history").json().get(0).get("action").asString())
			.isEqualTo("resource_added");
	}

	@Test
	void aRemoteResourceRedirectsAndOnlyHttpUrlsAreAccepted() {
		ApiClient alice = newUser("Alice");
		String dataset = alice.post("/api/1/datasets/", Map.of("title", "Adresses")).json().get("id").asString();

		JsonNode refused = alice.post("/api/1/datasets/" + dataset + "/resources/",
				Map.of("title", "Fichier", "url", "file:///etc/passwd")).json();
		assertThat(refused.get("status").asInt()).isEqualTo(400);
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("url");
		assertThat(alice.post("/api/1/datasets/" + dataset + "/resources/",
				Map.of("title", "Fichier", "url", "javascript:alert(1)")).status()).isEqualTo(400);

		ApiClient.Response created = alice.post("/api/1/datasets/" + dataset + "/resources/",
				Map.of("title", "BAN", "url", "https://adresse.data.gouv.fr/data/ban/adresses.csv.gz", "type", "main"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("format").asString()).isEqualTo("gz");
		ApiClient.Response redirect = anonymous.get("/datasets/r/" + created.json().get("id").asString());
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).isEqualTo("https://adresse.data.gouv.fr/data/ban/adresses.csv.gz");
	}

	@Test
	void anUploadPastTheLimitIsRefusedAndLeavesNoResource() {
		ApiClient alice = newUser("Alice");
		String dataset = alice.post("/api/1/datasets/", Map.of("title", "Gros fichier")).json().get("id").asString();
		byte[] tooLarge = new byte[1024 * 1024 + 10];

		ApiClient.Response refused = alice.upload("/api/1/datasets/" + dataset + "/upload/", "big.csv", tooLarge);
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(anonymous.get("/api/1/datasets/" + dataset).json().get("resources")).isEmpty();

		// a request declared larger than the limit is refused before its body is read
		ApiClient.Response early = alice.upload("/api/1/datasets/" + dataset + "/upload/", "bigger.csv",
				new byte[2 * 1024 * 1024]);
		assertThat(early.status()).isEqualTo(413);
		assertThat(early.json().get("detail").asString()).contains("limit");
		assertThat(anonymous.get("/api/1/datasets/" + dataset).json().get("resources")).isEmpty();
	}

	@Test
	void resourceChangesAreCheckedAndRecorded() {
		ApiClient alice = newUser("Alice");
		ApiClient mallory = newUser("Mallory");
		String dataset = alice.post("/api/1/datasets/", Map.of("title", "Horaires")).json().get("id").asString();
		String base = "/api/1/datasets/" + dataset + "/resources/";
		String id = alice.post(base, Map.of("title", "GTFS", "url", "https://example.org/gtfs.zip")).json().get("id")
			.asString();

		assertThat(mallory.put(base + id, Map.of("title", "Pwned")).status()).isEqualTo(403);
		assertThat(alice.put(base + id, Map.of("title", "GTFS 2026", "schema",
				Map.of("name", "gtfs", "url", "https://gtfs.org/schedule/reference/")), "If-Match", "\"1\"")
			.status()).isEqualTo(200);
		assertThat(alice.put(base + id, Map.of("title", "Stale"), "If-Match", "\"1\"").status()).isEqualTo(412);
		JsonNode history = anonymous.get("/api/1/datasets/" + dataset + "/history").json();
		assertThat(history.get(0).get("fields").toString()).contains("title", "schema");

		assertThat(alice.delete(base + id).status()).isEqualTo(204);
		assertThat(anonymous.get("/datasets/r/" + id).status()).isEqualTo(404);
		assertThat(anonymous.get("/api/1/datasets/" + dataset + "/history").json().get(0).get("action").asString())
			.isEqualTo("resource_deleted");
	}
}
