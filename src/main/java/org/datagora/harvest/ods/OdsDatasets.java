package org.datagora.harvest.ods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.datagora.harvest.protocol.HtmlText;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteResource;
import tools.jackson.databind.JsonNode;

import static org.datagora.harvest.protocol.JsonFields.first;
import static org.datagora.harvest.protocol.JsonFields.instant;
import static org.datagora.harvest.protocol.JsonFields.number;
import static org.datagora.harvest.protocol.JsonFields.text;
import static org.datagora.harvest.protocol.JsonFields.texts;

/**
 * An OpenDataSoft dataset as a {@link RemoteDataset}: the v2.1 shape ({@code dataset_id},
 * {@code metas.default}) and the v1 shape ({@code datasetid}, flat {@code metas},
 * {@code interop_metas}) alike. The HTML description becomes plain text. The data itself is
 * offered as the API's exports (CSV, JSON, and GeoJSON for a dataset with geographic fields),
 * beside the attachments.
 */
final class OdsDatasets {

	private record Export(String format, String mime) {
	}

	private static final List<Export> TABLE_EXPORTS = List.of(new Export("csv", "text/csv"),
			new Export("json", "application/json"));

	private static final Export GEO_EXPORT = new Export("geojson", "application/geo+json");

	private final String root;

	OdsDatasets(String root) {
		this.root = root;
	}

	RemoteDataset map(JsonNode item) {
		String id = text(item, "dataset_id", "datasetid");
		JsonNode metas = item.path("metas");
		JsonNode main = metas.has("default") ? metas.path("default") : metas;
		JsonNode dcat = metas.path("dcat");
		JsonNode inspire = metas.has("inspire") ? metas.path("inspire") : item.path("interop_metas").path("inspire");
		String description = text(main, "description");
		List<String> zones = new ArrayList<>(texts(main.path("territory")));
		texts(main.path("geographic_reference")).stream().filter(zone -> !zones.contains(zone)).forEach(zones::add);
		return new RemoteDataset(id, id == null ? null : root + "/explore/dataset/" + id + "/", text(main, "title"),
				HtmlText.looksLikeHtml(description) ? HtmlText.toText(description) : description,
				texts(main.path("keyword")), texts(main.path("theme")), text(main, "license_url", "license"),
				text(dcat, "accrualperiodicity"), zones, bbox(inspire), text(dcat, "granularity"), null, null,
				text(main, "publisher"), first(text(dcat, "contact_name"), text(inspire, "contact_individual_name")),
				first(text(dcat, "contact_email"), text(inspire, "contact_email")),
				instant(text(main, "modified")), resources(id, item, main));
	}

	private static List<Double> bbox(JsonNode inspire) {
		List<Double> box = Stream.of("westbound_longitude", "southbound_latitude", "eastbound_longitude", "northbound_latitude")
			.map(side -> number(text(inspire, "extend_bounding_box_" + side)))
			.toList();
		return box.contains(null) ? null : box;
	}

	private List<RemoteResource> resources(String id, JsonNode item, JsonNode main) {
		List<RemoteResource> resources = new ArrayList<>();
		if (id == null) {
			return resources;
		}
		String dataset = root + "/api/explore/v2.1/catalog/datasets/" + id;
		if (hasRecords(item, main)) {
			String records = text(main, "records_count");
			String description = records == null ? null : records + " records";
			List<Export> exports = new ArrayList<>(TABLE_EXPORTS);
			if (isGeographic(item)) {
				exports.add(GEO_EXPORT);
			}
			for (Export export : exports) {
				resources.add(new RemoteResource("Export " + export.format().toUpperCase(Locale.ROOT), description,
						dataset + "/exports/" + export.format(), export.format(), export.mime(), null, null, null));
			}
		}
		for (JsonNode attachment : item.path("attachments").values()) {
			String attachmentId = text(attachment, "id");
			if (attachmentId != null) {
				String name = text(attachment, "url", "title");
				resources.add(new RemoteResource(text(attachment, "title"), null, dataset + "/attachments/" + attachmentId,
						extension(name), text(attachment, "mimetype"), null, null, null));
			}
		}
		return resources;
	}

	private static boolean hasRecords(JsonNode item, JsonNode main) {
		String count = text(main, "records_count");
		return item.path("has_records").asBoolean(false) || count != null && !count.equals("0");
	}

	/** A dataset with a geo point or shape field, or the "geo" feature, has a GeoJSON export. */
	private static boolean isGeographic(JsonNode item) {
		return texts(item.path("features")).contains("geo") || item.path("fields")
			.values()
			.stream()
			.anyMatch(field -> List.of("geo_point_2d", "geo_shape").contains(text(field, "type")));
	}

	private static String extension(String name) {
		int dot = name == null ? -1 : name.lastIndexOf('.');
		return dot < 0 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
