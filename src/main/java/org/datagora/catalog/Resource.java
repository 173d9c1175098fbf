package org.datagora.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * A resource (dcat:Distribution) of a dataset: a remote URL or an uploaded file.
 * {@code latest} is the stable download link, which redirects or streams and never changes.
 * {@code harvested} resources are listed by the dataset's harvest source and follow it.
 */
public record Resource(UUID id, UUID datasetId, String title, String description, ResourceType type,
		String filetype, String url, String latest, String filename, String format, String mime, Long filesize,
		Checksum checksum, Schema schema, boolean harvested, Instant createdAt, Instant lastModified, int version) {

	public record Checksum(String type, String value) {
	}

	public record Schema(String name, String version, String url) {
	}

	public boolean uploaded() {
		return "file".equals(filetype);
	}
}
