package org.datagora.catalog;

/**
 * Fields of a resource to create or change. A remote resource has a {@code url}; an uploaded
 * one gets its file, size, checksum and (unless given) format and MIME type from the upload.
 * {@code checksum} is the SHA-256 that a remote resource's publisher (or harvest source) states.
 */
public record ResourceInput(String title, String description, String type, String url, String format, String mime,
		Long filesize, SchemaInput schema, Resource.Checksum checksum) {

	public ResourceInput(String title, String description, String type, String url, String format, String mime,
			Long filesize, SchemaInput schema) {
		this(title, description, type, url, format, mime, filesize, schema, null);
	}

	public record SchemaInput(String name, String version, String url) {
	}
}
