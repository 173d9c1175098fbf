package org.datagora.catalog.api;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.Change;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.Datasets;
import org.datagora.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

@RestController
@Tag(name = "Datasets")
class DatasetApi {

	private final Datasets datasets;

	private final ObjectMapper json;

	/**
	 * JSON of the datasets last read. Keyed by the instance that Datasets returns, which stays the
	 * same while the dataset is unchanged (weak keys compare by identity), so it can never be stale.
	 */
	private final Cache<Dataset, byte[]> bodies = Caffeine.newBuilder().weakKeys().maximumSize(20_000).build();

	DatasetApi(Datasets datasets, ObjectMapper json) {
		this.datasets = datasets;
		this.json = json;
	}

	@PostMapping("/api/1/datasets")
	@Operation(summary = "Create a dataset, published by an organization or by the signed-in user")
	ResponseEntity<Dataset> create(@RequestBody DatasetInput input) {
		Dataset dataset = datasets.create(input);
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(ETags.of(dataset.version()))
			.header(HttpHeaders.LOCATION, "/api/1/datasets/" + dataset.id() + "/")
			.body(dataset);
	}

	@GetMapping("/api/1/datasets/{id}")
	@Operation(summary = "One dataset by id or slug, with its resources; the ETag is its version",
			responses = @ApiResponse(responseCode = "200",
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = Dataset.class))))
	ResponseEntity<byte[]> get(@PathVariable String id) {
		Dataset dataset = datasets.get(id);
		return ResponseEntity.ok()
			.eTag(ETags.of(dataset.version()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(bodies.get(dataset, json::writeValueAsBytes));
	}

	@PutMapping("/api/1/datasets/{id}")
	@Operation(summary = "Change the given fields of a dataset; with If-Match, a stale version gets 412")
	ResponseEntity<Dataset> update(@PathVariable String id, @RequestBody DatasetInput input,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Dataset dataset = datasets.update(id, input, ETags.expectedVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(dataset.version())).body(dataset);
	}

	@DeleteMapping("/api/1/datasets/{id}")
	@Operation(summary = "Delete a dataset (it can be restored)")
	ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		datasets.delete(id, ETags.expectedVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/1/datasets/{id}/restore")
	@Operation(summary = "Restore a deleted dataset")
	Dataset restore(@PathVariable String id) {
		return datasets.restore(id);
	}

	@GetMapping("/api/1/datasets/{id}/history")
	@Operation(summary = "The changes made to a dataset and its resources, newest first")
	List<Change> history(@PathVariable String id) {
		return datasets.history(datasets.get(id).id(), 200);
	}
}
