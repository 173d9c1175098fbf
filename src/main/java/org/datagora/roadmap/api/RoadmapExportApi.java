package org.datagora.roadmap.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.CatalogProperties;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.roadmap.RoadmapEntries;
import org.datagora.roadmap.RoadmapEntry;
import org.datagora.web.Csv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.ObjectMapper;

/** Every roadmap entry, or an organization's, as CSV or JSON, streamed a batch at a time. */
@RestController
@Tag(name = "Roadmaps")
class RoadmapExportApi {

	private static final int BATCH = 500;

	private static final List<String> COLUMNS = List.of("id", "organization", "organization_name", "title", "status",
			"late", "target_date", "committed_date", "opened_on", "dataset_url", "supporters", "reason", "source",
			"created_at", "modified_at", "url");

	private final RoadmapEntries entries;

	private final Organizations organizations;

	private final ObjectMapper json;

	private final String baseUrl;

	RoadmapExportApi(RoadmapEntries entries, Organizations organizations, ObjectMapper json,
			CatalogProperties catalog) {
		this.entries = entries;
		this.organizations = organizations;
		this.json = json;
		this.baseUrl = catalog.baseUrl();
	}

	@GetMapping("/api/1/roadmaps/entries.csv")
	@Operation(summary = "Every roadmap entry, or those of one organization (id or slug), as CSV (UTF-8, "
			+ "comma-separated, one line per entry: line breaks in texts become spaces)")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String organization) {
		UUID organizationId = organizationId(organization);
		return download(organization, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8), writer -> {
			write(writer, Csv.row(COLUMNS));
			entries.forEach(organizationId, BATCH, entry -> write(writer, Csv.row(row(entry))));
		});
	}

	@GetMapping("/api/1/roadmaps/entries.json")
	@Operation(summary = "Every roadmap entry, or those of one organization (id or slug), as one JSON array of "
			+ "entries as /api/1/roadmaps/entries lists them")
	ResponseEntity<StreamingResponseBody> json(@RequestParam(required = false) String organization) {
		UUID organizationId = organizationId(organization);
		return download(organization, "json", MediaType.APPLICATION_JSON, writer -> {
			boolean[] first = { true };
			write(writer, "[");
			entries.forEach(organizationId, BATCH, entry -> {
				write(writer, (first[0] ? "" : ",\n") + json.writeValueAsString(entry));
				first[0] = false;
			});
			write(writer, "]\n");
		});
	}

	private UUID organizationId(String organization) {
		return organization == null || organization.isBlank() ? null : organizations.get(organization.strip()).id();
	}

	private static ResponseEntity<StreamingResponseBody> download(String organization, String extension,
			MediaType type, Consumer<Writer> content) {
		String name = organization == null || organization.isBlank() ? "roadmaps"
				: "roadmap-" + organization.strip().replaceAll("[^A-Za-z0-9-]", "");
		StreamingResponseBody body = out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			content.accept(writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + extension + "\"")
			.body(body);
	}

	private List<String> row(RoadmapEntry entry) {
		Organization.Ref organization = entry.organization();
		return List.of(entry.id().toString(), Objects.toString(organization.slug(), ""),
				oneLine(organization.name()), oneLine(entry.title()), entry.status().code(),
				String.valueOf(entry.late()), text(entry.targetDate()), text(entry.committedDate()),
				text(entry.openedOn()), entry.datasetId() == null ? "" : baseUrl + "/datasets/" + entry.datasetId(),
				String.valueOf(entry.supporters()), oneLine(entry.reason()), oneLine(entry.source()),
				entry.createdAt().toString(), entry.modifiedAt().toString(), baseUrl + "/roadmaps/entries/" + entry.id());
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String oneLine(String value) {
		return value == null ? "" : value.replaceAll("\\s*[\\r\\n]+\\s*", " ");
	}

	private static void write(Writer writer, String text) {
		try {
			writer.write(text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
