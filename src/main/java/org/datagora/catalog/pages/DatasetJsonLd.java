package org.datagora.catalog.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.Resource;
import org.datagora.geo.GeoZone;
import org.datagora.web.Markdown;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dataset as schema.org {@code Dataset} in JSON-LD, for the page's
 * {@code <script type="application/ld+json">}: what Google's Dataset Search reads (its
 * structured data guidelines name the properties). Only what the catalog knows is said.
 */
@Component
class DatasetJsonLd {

	/** Google's guideline for a description: 50 to 5,000 characters. */
	private static final int DESCRIPTION_MAX = 5_000;

	private static final JsonMapper JSON = JsonMapper.shared();

	private final PublicUrls urls;

	private final Markdown markdown;

	DatasetJsonLd(PublicUrls urls, Markdown markdown) {
		this.urls = urls;
		this.markdown = markdown;
	}

	/**
	 * The JSON-LD of a public dataset, safe inside a script element. Labels (themes) are in the
	 * page's language, as the page shows them.
	 */
	String of(Dataset dataset, List<GeoZone> zones, Locale locale) {
		ObjectNode json = JSON.createObjectNode();
		json.put("@context", "https://schema.org/");
		json.put("@type", "Dataset");
		json.put("name", dataset.title());
		putIfAny(json, "alternateName", dataset.acronym());
		putIfAny(json, "description", markdown.toText(dataset.description(), DESCRIPTION_MAX));
		json.put("url", urls.dataset(dataset.slug()));
		json.put("identifier", dataset.id().toString());
		ArrayNode keywords = json.putArray("keywords");
		dataset.tags().forEach(keywords::add);
		dataset.themes().stream().map(theme -> theme.label(locale)).forEach(keywords::add);
		json.put("license", dataset.license().url() != null ? dataset.license().url() : dataset.license().label(locale));
		// an open data portal charges nothing; restricted access is about who, not a price
		json.put("isAccessibleForFree", true);
		ObjectNode publisher = publisher(dataset);
		if (publisher != null) {
			json.set("creator", publisher);
			json.set("publisher", publisher);
		}
		json.put("dateCreated", dataset.createdAt().toString());
		json.put("dateModified", dataset.lastModified().toString());
		if (dataset.temporalCoverage() != null) {
			json.put("temporalCoverage", bound(dataset.temporalCoverage().start()) + "/"
					+ bound(dataset.temporalCoverage().end()));
		}
		ObjectNode place = place(dataset.spatial(), zones);
		if (place != null) {
			json.set("spatialCoverage", place);
		}
		ArrayNode distribution = json.putArray("distribution");
		dataset.resources().forEach(resource -> distribution.add(download(resource)));
		ObjectNode catalog = json.putObject("includedInDataCatalog");
		catalog.put("@type", "DataCatalog");
		catalog.put("name", PublicUrls.PORTAL);
		catalog.put("url", urls.of("/"));
		return scriptSafe(JSON.writeValueAsString(json));
	}

	private ObjectNode publisher(Dataset dataset) {
		ObjectNode node = JSON.createObjectNode();
		if (dataset.organization() != null) {
			node.put("@type", "Organization");
			node.put("name", dataset.organization().name());
			node.put("url", urls.organization(dataset.organization().slug()));
			return node;
		}
		if (dataset.owner() != null && dataset.owner().displayName() != null) {
			node.put("@type", "Person");
			node.put("name", dataset.owner().displayName());
			return node;
		}
		return null;
	}

	/** An ISO 8601 interval end; {@code ..} for an open one. */
	private static String bound(LocalDate date) {
		return date == null ? ".." : date.toString();
	}

	/** The zones by name and the bounding box as a GeoShape ("south west north east"). */
	private static ObjectNode place(Dataset.Spatial spatial, List<GeoZone> zones) {
		List<Double> bbox = spatial == null ? null : spatial.bbox();
		if (zones.isEmpty() && bbox == null) {
			return null;
		}
		ObjectNode place = JSON.createObjectNode();
		place.put("@type", "Place");
		if (!zones.isEmpty()) {
			place.put("name", zones.stream().map(GeoZone::name).collect(Collectors.joining(", ")));
		}
		if (bbox != null) {
			ObjectNode shape = place.putObject("geo");
			shape.put("@type", "GeoShape");
			// the catalog keeps west, south, east, north
			shape.put("box", Stream.of(bbox.get(1), bbox.get(0), bbox.get(3), bbox.get(2))
				.map(degrees -> BigDecimal.valueOf(degrees).toPlainString())
				.collect(Collectors.joining(" ")));
		}
		return place;
	}

	private static ObjectNode download(Resource resource) {
		ObjectNode node = JSON.createObjectNode();
		node.put("@type", "DataDownload");
		node.put("name", resource.title());
		node.put("contentUrl", resource.latest());
		putIfAny(node, "encodingFormat", resource.mime() != null ? resource.mime() : resource.format());
		if (resource.filesize() != null) {
			node.put("contentSize", resource.filesize() + " B");
		}
		return node;
	}

	private static void putIfAny(ObjectNode node, String name, String value) {
		if (value != null && !value.isBlank()) {
			node.put(name, value);
		}
	}

	/**
	 * The characters that could end the script element or open a comment in it, as JSON
	 * escapes: a title containing {@code </script>} stays text. Outside strings JSON has none of
	 * them, so replacing them everywhere keeps the same JSON.
	 */
	private static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}
}
