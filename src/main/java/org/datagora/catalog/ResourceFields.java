package org.datagora.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable fields of a resource, so that an update can tell which fields it changed (for
 * the history) and skip writing when nothing did.
 */
record ResourceFields(String title, String description, String type, String url, String format, String mime,
		Long filesize, Resource.Schema schema, Resource.Checksum checksum) {

	static ResourceFields of(Resource resource) {
		return new ResourceFields(resource.title(), resource.description(), resource.type().code(), resource.url(),
				resource.format(), resource.mime(), resource.filesize(), resource.schema(), resource.checksum());
	}

	/**
	 * These fields with the non-null ones of {@code input} applied. An uploaded resource keeps the
	 * URL, size and checksum of its file.
	 */
	ResourceFields apply(ResourceInput input, boolean uploaded) {
		return new ResourceFields(input.title() == null ? title : input.title().strip(),
				input.description() == null ? description : input.description(),
				input.type() == null ? type : Coded.parse(ResourceType.class, input.type(), "type").code(),
				uploaded || input.url() == null ? url : input.url().strip(), Checks.keep(input.format(), format),
				Checks.keep(input.mime(), mime), uploaded || input.filesize() == null ? filesize : input.filesize(),
				input.schema() == null ? schema : schemaOf(input.schema()),
				uploaded || input.checksum() == null ? checksum : input.checksum());
	}

	/** Names of the fields whose value differs in {@code other}. */
	List<String> changedIn(ResourceFields other) {
		return History.changedFields(fields(), other.fields());
	}

	private Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("description", description);
		fields.put("type", type);
		fields.put("url", url);
		fields.put("format", format);
		fields.put("mime", mime);
		fields.put("filesize", filesize);
		fields.put("schema", schema);
		fields.put("checksum", checksum);
		return fields;
	}

	private static Resource.Schema schemaOf(ResourceInput.SchemaInput input) {
		String name = Checks.blankToNull(input.name());
		String url = Checks.blankToNull(input.url());
		return name == null && url == null ? null
				: new Resource.Schema(name, Checks.blankToNull(input.version()), url);
	}
}
