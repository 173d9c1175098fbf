package org.datagora.harvest.udata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteResource;
import tools.jackson.databind.JsonNode;

import static org.datagora.harvest.protocol.JsonFields.bbox;
import static org.datagora.harvest.protocol.JsonFields.checksum;
import static org.datagora.harvest.protocol.JsonFields.instant;
import static org.datagora.harvest.protocol.JsonFields.size;
import static org.datagora.harvest.protocol.JsonFields.text;
import static org.datagora.harvest.protocol.JsonFields.texts;

/**
 * A udata API v1 dataset as a {@link RemoteDataset}. Its description is Markdown and kept so; its
 * zones are udata zone ids ("fr:commune:69123"), passed through for the harvester to match.
 */
final class UdataDatasets {

	private final String base;

	UdataDatasets(String base) {
		this.base = base;
	}

	RemoteDataset map(JsonNode item) {
		JsonNode spatial = item.path("spatial");
		JsonNode temporal = item.path("temporal_coverage");
		JsonNode contact = item.path("contact_points").path(0);
		String slug = text(item, "slug");
		String page = text(item, "page");
		return new RemoteDataset(text(item, "id"),
				page != null ? page : slug == null ? null : base + "/datasets/" + slug + "/", text(item, "title"),
				text(item, "description"), texts(item.path("tags")), List.of(), text(item, "license"),
				text(item, "frequency"), texts(spatial.path("zones"), "id"), bbox(spatial.path("geom")),
				text(spatial, "granularity"), text(temporal, "start"), text(temporal, "end"), publisher(item),
				text(contact, "name"), text(contact, "email"), instant(text(item, "last_update", "last_modified")),
				resources(item.path("resources")));
	}

	/** The organization, else the user who owns the dataset. */
	private static String publisher(JsonNode item) {
		String organization = text(item.path("organization"), "name");
		if (organization != null || !item.path("owner").isObject()) {
			return organization;
		}
		JsonNode owner = item.path("owner");
		String name = Stream.of(text(owner, "first_name"), text(owner, "last_name"))
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
		return name.isEmpty() ? null : name;
	}

	private static List<RemoteResource> resources(JsonNode resources) {
		List<RemoteResource> mapped = new ArrayList<>();
		for (JsonNode resource : resources.values()) {
			String url = text(resource, "url");
			if (url != null) {
				JsonNode checksum = resource.path("checksum");
				mapped.add(new RemoteResource(text(resource, "title"), text(resource, "description"), url,
						text(resource, "format"), text(resource, "mime"), size(resource.path("filesize")),
						checksum(text(checksum, "type"), text(checksum, "value")), text(resource.path("schema"), "url")));
			}
		}
		return mapped;
	}
}
