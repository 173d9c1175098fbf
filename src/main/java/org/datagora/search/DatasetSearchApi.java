package org.datagora.search;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.CatalogProperties;
import org.datagora.catalog.Coded;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Resource;
import org.datagora.web.Csv;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Datasets")
class DatasetSearchApi {

	private static final int EXPORT_BATCH = 500;

	private final DatasetSearch search;

	private final String baseUrl;

	private final Suggestions suggestions;

	DatasetSearchApi(DatasetSearch search, Suggestions suggestions, CatalogProperties catalog) {
		this.search = search;
		this.suggestions = suggestions;
		this.baseUrl = catalog.baseUrl();
	}

	@GetMapping("/api/1/datasets")
	@Operation(summary = "Search datasets: relevance in French, filters, facet counts (facets=...), sorts, "
			+ "pages, and cursors (cursor=*) for going past 10,000 results. Each dataset comes with its number of "
			+ "resources and their formats (resource_count, formats); GET /api/1/datasets/{id} lists them")
	SearchPage<DatasetSummary> search(@ParameterObject SearchParameters parameters) {
		DatasetQuery query = parameters.query(false);
		return SearchPage.of(search.search(query).map(DatasetSummary::of), query.cursor(), query.page(), query.pageSize(),
				ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/api/1/datasets/suggest")
	@Operation(summary = "Datasets whose title or acronym starts with the words typed, for autocompletion")
	List<Suggestions.Suggestion> suggest(@RequestParam String q,
			@RequestParam(defaultValue = "10") int size) {
		return suggestions.datasets(q, size);
	}

	@GetMapping("/api/1/datasets/export.csv")
	@Operation(summary = "Every dataset of a search as CSV (UTF-8, comma-separated), streamed")
	ResponseEntity<StreamingResponseBody> export(@ParameterObject SearchParameters parameters) {
		DatasetSearch.Export export = search.export(parameters.query(false), EXPORT_BATCH);
		StreamingResponseBody body = out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.write(Csv.row(List.of("id", "slug", "title", "acronym", "organization", "license", "themes",
					"tags", "formats", "frequency", "zones", "created_at", "last_update", "url")));
			export.forEachPage(page -> {
				try {
					for (Dataset dataset : page) {
						writer.write(Csv.row(row(dataset)));
					}
					writer.flush();
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"datasets.csv\"")
			.body(body);
	}

	private List<String> row(Dataset dataset) {
		return List.of(dataset.id().toString(), dataset.slug(), dataset.title(), Objects.toString(dataset.acronym(), ""),
				dataset.organization() == null ? "" : dataset.organization().name(), codeOf(dataset.license()),
				dataset.themes().stream().map(Coded::code).collect(Collectors.joining(" ")),
				String.join(" ", dataset.tags()),
				dataset.resources() == null ? "" : dataset.resources().stream()
					.map(Resource::format)
					.filter(Objects::nonNull)
					.distinct()
					.collect(Collectors.joining(" ")),
				codeOf(dataset.frequency()), String.join(" ", dataset.spatial().zones()),
				dataset.createdAt().toString(), dataset.lastUpdate().toString(),
				baseUrl + "/datasets/" + dataset.slug());
	}

	private static String codeOf(Coded value) {
		return value == null ? "" : value.code();
	}
}
