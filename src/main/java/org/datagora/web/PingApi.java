package org.datagora.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fixed 2 KB JSON answer, unauthenticated and cheap: the HTTP floor that benchmarks compare
 * every endpoint to, and a liveness probe.
 */
@RestController
@Tag(name = "Site")
class PingApi {

	private static final byte[] BODY = body();

	@GetMapping("/api/1/ping")
	@Operation(summary = "A fixed 2 KB JSON answer (liveness, benchmark floor)")
	ResponseEntity<byte[]> ping() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(BODY);
	}

	private static byte[] body() {
		StringBuilder json = new StringBuilder("{\"status\":\"ok\",\"service\":\"datagora\",\"padding\":\"");
		while (json.length() < 2046) {
			json.append('x');
		}
		return json.append("\"}").toString().getBytes(StandardCharsets.US_ASCII);
	}
}
