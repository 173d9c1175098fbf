package org.datagora.harvest.dcat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteResource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A DCAT-US 1.1 catalog (data.json of ArcGIS Hub, data.gov, Socrata): streamed, one entry of its
 * {@code dataset} array in memory at a time. Spatial is a "W,S,E,N" box, a GeoJSON geometry or a
 * place name; temporal is "start/end".
 */
final class DataJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();


	private DataJson() {
	}

	/** @return how many datasets were accepted, at most {@code budget} (0: no limit) */
	static int read(Path file, HarvestSink sink, int budget) {
		try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new HarvestException("Not a data.json catalog: the document is not a JSON object");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				boolean datasets = "dataset".equals(parser.currentName());
				if (parser.nextToken() == JsonToken.START_ARRAY && datasets) {
					return readDatasets(parser, sink, budget);
				}
				parser.skipChildren();
			}
			throw new HarvestException("Not a data.json catalog: no \"dataset\" array");
		}
		catch (JacksonException | IOException e) {
			throw new HarvestException("The data.json catalog is not valid JSON: " + e.getMessage(), e);
		}
	}

	private static int readDatasets(JsonParser parser, HarvestSink sink, int budget) {
		int accepted = 0;
		while ((budget == 0 || accepted < budget) && parser.nextToken() == JsonToken.START_OBJECT) {
			JsonNode dataset = JSON.readTree(parser);
			String remoteId = text(dataset, "identifier");
			String title = text(dataset, "title");
			if (remoteId == null) {
				sink.failed(null, "A dataset has no identifier" + (title == null ? "" : " (\"" + title + "\")"));
			}
			else if (title == null) {
				sink.failed(remoteId, "The dataset has no title");
			}
			else {
				sink.accept(dataset(dataset, remoteId, title));
				accepted++;
			}
		}
		return accepted;
	}

	private static RemoteDataset dataset(JsonNode dataset, String remoteId, String title) {
		String spatial = text(dataset, "spatial");
		List<Double> bbox = spatial == null ? null : Geometries.bbox(spatial);
		String[] temporal = Optional.ofNullable(text(dataset, "temporal")).map(t -> t.split("/", 2)).orElse(new String[0]);
		JsonNode contact = dataset.path("contactPoint");
		String email = text(contact, "hasEmail");
		return new RemoteDataset(remoteId, text(dataset, "landingPage"), title, text(dataset, "description"),
				texts(dataset.path("keyword")), texts(dataset.path("theme")), text(dataset, "license"),
				text(dataset, "accrualPeriodicity"), spatial == null || bbox != null ? List.of() : List.of(spatial), bbox,
				null, temporal.length > 0 ? temporal[0] : null, temporal.length > 1 ? temporal[1] : null,
				text(dataset.path("publisher"), "name"), text(contact, "fn"),
				email == null ? null : email.replaceFirst("(?i)^mailto:", "").strip(),
				Dates.instant(text(dataset, "modified")), StreamSupport.stream(dataset.path("distribution").spliterator(), false)
					.map(DataJson::resource)
					.flatMap(Optional::stream)
					.toList());
	}

	private static Optional<RemoteResource> resource(JsonNode distribution) {
		return Optional.ofNullable(text(distribution, "downloadURL"))
			.or(() -> Optional.ofNullable(text(distribution, "accessURL")))
			.map(url -> new RemoteResource(text(distribution, "title"), text(distribution, "description"), url,
					text(distribution, "format"), text(distribution, "mediaType"), null, null,
					text(distribution, "conformsTo")));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() && !value.stringValue().isBlank() ? value.stringValue().strip() : null;
	}

	/** An array of strings, or a single string, as a list. */
	private static List<String> texts(JsonNode node) {
		if (node.isString()) {
			return List.of(node.stringValue().strip());
		}
		return StreamSupport.stream(node.spliterator(), false)
			.filter(JsonNode::isString)
			.map(value -> value.stringValue().strip())
			.filter(value -> !value.isEmpty())
			.toList();
	}
}
