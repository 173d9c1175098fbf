package org.datagora;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A multipart/form-data body with text fields and one CSV file part named "file", for both test clients. */
record Multipart(String contentType, HttpRequest.BodyPublisher body) {

	static Multipart of(String filename, byte[] content, String... fields) {
		String boundary = "----datagora" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		parts.add(content);
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Multipart("multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofByteArrays(parts));
	}
}
