package org.datagora.catalog;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.datagora.storage.FileStoreProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class InterruptedUploadTest extends PortalTest {

	@Autowired
	FileStoreProperties files;

	@Test
	void anUploadCutOffMidwayLeavesNoResourceAndNoPartialFile() throws Exception {
		ApiClient alice = newUser("Alice");
		String key = alice.post("/api/1/me/tokens", Map.of("name", "upload")).json().get("token").asString();
		String dataset = alice.post("/api/1/datasets/", Map.of("title", "Envoi interrompu")).json().get("id")
			.asString();

		String boundary = "cutoff";
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/1/datasets/" + dataset + "/upload/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
					+ "X-API-KEY: " + key + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\n"
					+ "Content-Length: 500000\r\n\r\n" + head).getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[100_000]);
			out.flush();
		}
		// the server notices the cut when its read times out or fails; give it a moment
		Thread.sleep(1500);

		assertThat(anonymous.get("/api/1/datasets/" + dataset).json().get("resources")).isEmpty();
		try (Stream<Path> partial = Files.list(files.directory().resolve("tmp"))) {
			assertThat(partial).isEmpty();
		}
	}
}
