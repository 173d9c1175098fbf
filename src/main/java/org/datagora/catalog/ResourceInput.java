package org.datagora.catalog;

/**
 * Fields of a resource to create or change. A remote resource has a {@code url}; an uploaded
 * one gets its file, size, checksum and (unless given) format and MIME type from the upload.
 */
public record ResourceInput(String title, String description, String type, String url, String format, String mime,
		Long filesize, SchemaInput schema) {

	public record SchemaInput(String name, String version, String url) {
	}
}
