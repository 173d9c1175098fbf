package org.datagora.harvest.ckan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.datagora.harvest.protocol.HtmlText;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteResource;
import tools.jackson.databind.JsonNode;

import static org.datagora.harvest.protocol.JsonFields.bbox;
import static org.datagora.harvest.protocol.JsonFields.checksum;
import static org.datagora.harvest.protocol.JsonFields.first;
import static org.datagora.harvest.protocol.JsonFields.instant;
import static org.datagora.harvest.protocol.JsonFields.number;
import static org.datagora.harvest.protocol.JsonFields.parse;
import static org.datagora.harvest.protocol.JsonFields.scalar;
import static org.datagora.harvest.protocol.JsonFields.size;
import static org.datagora.harvest.protocol.JsonFields.text;
import static org.datagora.harvest.protocol.JsonFields.texts;

/**
 * A CKAN package dict as a {@link RemoteDataset}. CKAN keeps much in free "extras"
 * (ckanext-dcat, ckanext-spatial and harvesters write frequency, coverage and contacts there),
 * while ckanext-scheming portals give the same as top-level fields: both are read.
 */
final class CkanDatasets {

	private final String base;

	CkanDatasets(String base) {
		this.base = base;
	}

	RemoteDataset map(JsonNode item) {
		Map<String, String> extras = extras(item.path("extras"));
		String name = text(item, "name");
		return new RemoteDataset(text(item, "id"), name == null ? null : base + "/dataset/" + name,
				text(item, "title"), plain(text(item, "notes")), texts(item.path("tags"), "display_name", "name"),
				themes(item, extras), text(item, "license_url", "license_id", "license_title"),
				first(text(item, "frequency"), extras.get("frequency"), extras.get("accrual_periodicity"),
						extras.get("frequency-of-update")),
				zones(item, extras), box(item, extras), null,
				first(extras.get("temporal_start"), extras.get("temporal_coverage-from"),
						text(item.path("temporal_coverage").path(0), "start")),
				first(extras.get("temporal_end"), extras.get("temporal_coverage-to"),
						text(item.path("temporal_coverage").path(0), "end")),
				first(text(item.path("organization"), "title", "name"), extras.get("publisher_name"),
						text(item.path("publisher").path(0), "name")),
				first(extras.get("contact_name"), text(item.path("contact").path(0), "name"), text(item, "maintainer"),
						text(item, "author")),
				first(extras.get("contact_email"), text(item.path("contact").path(0), "email"),
						extras.get("contact-email"), text(item, "maintainer_email"), text(item, "author_email")),
				instant(text(item, "metadata_modified", "modified")), resources(item.path("resources")));
	}

	/** Extras as a list of {key, value} (the API) or as an object (some exports). */
	private static Map<String, String> extras(JsonNode extras) {
		Map<String, String> values = new HashMap<>();
		if (extras.isObject()) {
			extras.properties().forEach(extra -> values.put(extra.getKey(), scalar(extra.getValue())));
		}
		for (JsonNode extra : extras.isArray() ? extras.values() : List.<JsonNode>of()) {
			String key = text(extra, "key");
			if (key != null) {
				values.put(key, scalar(extra.path("value")));
			}
		}
		return values;
	}

	private static List<String> themes(JsonNode item, Map<String, String> extras) {
		List<String> themes = new ArrayList<>(texts(item.path("groups"), "title", "display_name", "name"));
		themes.addAll(texts(item.path("theme")));
		themes.addAll(jsonList(extras.get("theme")));
		return themes.stream().distinct().toList();
	}

	private static List<String> zones(JsonNode item, Map<String, String> extras) {
		List<String> zones = new ArrayList<>();
		for (JsonNode coverage : item.path("spatial_coverage").values()) {
			Stream.of(text(coverage, "uri"), text(coverage, "text")).filter(Objects::nonNull).forEach(zones::add);
		}
		Stream.of(extras.get("spatial_uri"), extras.get("spatial_text")).filter(Objects::nonNull).forEach(zones::add);
		return zones.stream().distinct().toList();
	}

	/** From a GeoJSON extra, a scheming spatial coverage or ckanext-spatial's four bbox extras. */
	private static List<Double> box(JsonNode item, Map<String, String> extras) {
		List<Double> box = bbox(first(extras.get("spatial"), extras.get("spatial_bbox")));
		for (JsonNode coverage : item.path("spatial_coverage").values()) {
			box = box != null ? box : bbox(coverage.has("bbox") ? coverage.path("bbox") : coverage.path("geom"));
		}
		return box != null ? box : corners(extras);
	}

	private static List<Double> corners(Map<String, String> extras) {
		List<Double> corners = Stream.of("bbox-west-long", "bbox-south-lat", "bbox-east-long", "bbox-north-lat")
			.map(corner -> number(extras.get(corner)))
			.toList();
		return corners.contains(null) ? null : corners;
	}

	private static List<RemoteResource> resources(JsonNode resources) {
		List<RemoteResource> mapped = new ArrayList<>();
		for (JsonNode resource : resources.values()) {
			String url = text(resource, "url", "access_url", "download_url");
			if (url != null) {
				mapped.add(new RemoteResource(text(resource, "name"), plain(text(resource, "description")), url,
						text(resource, "format"), text(resource, "mimetype"), size(resource.path("size")),
						checksum(text(resource, "hash_algorithm"), text(resource, "hash")), schema(resource)));
			}
		}
		return mapped;
	}

	private static String schema(JsonNode resource) {
		String schema = text(resource, "schema");
		return schema != null && schema.startsWith("http") ? schema : null;
	}

	/** CKAN writes Markdown; DKAN and some harvesters write HTML, turned into text. */
	private static String plain(String description) {
		return HtmlText.looksLikeHtml(description) ? HtmlText.toText(description) : description;
	}

	/** A list that an extra holds as JSON text (ckanext-dcat's legacy extras), or the text alone. */
	private static List<String> jsonList(String value) {
		if (value == null) {
			return List.of();
		}
		return value.startsWith("[") ? texts(parse(value)) : List.of(value);
	}
}
