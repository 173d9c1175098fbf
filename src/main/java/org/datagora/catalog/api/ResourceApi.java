package org.datagora.catalog.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.Resource;
import org.datagora.catalog.ResourceInput;
import org.datagora.catalog.Resources;
import org.datagora.catalog.Uploads;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Resources")
class ResourceApi {

	private final Resources resources;

	ResourceApi(Resources resources) {
		this.resources = resources;
	}

	@PostMapping("/api/1/datasets/{dataset}/resources")
	@Operation(summary = "Add a resource that points to a remote http(s) URL")
	ResponseEntity<Resource> addRemote(@PathVariable String dataset, @RequestBody ResourceInput input) {
		return created(resources.addRemote(dataset, input));
	}

	@PostMapping(path = "/api/1/datasets/{dataset}/upload",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a resource from an uploaded file (multipart part 'file'); size and SHA-256 are computed")
	ResponseEntity<Resource> upload(@PathVariable String dataset, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String description,
			@RequestParam(required = false) String type, @RequestParam(required = false) String format) {
		var input = new ResourceInput(title, description, type, null, format, null, null, null);
		return created(resources.upload(dataset, input, Uploads.from(file)));
	}

	@GetMapping("/api/1/datasets/{dataset}/resources/{id}")
	@Operation(summary = "One resource")
	ResponseEntity<Resource> get(@PathVariable String dataset, @PathVariable UUID id) {
		Resource resource = resources.get(id);
		return ResponseEntity.ok().eTag(ETags.of(resource.version())).body(resource);
	}

	@PutMapping("/api/1/datasets/{dataset}/resources/{id}")
	@Operation(summary = "Change the given fields of a resource; with If-Match, a stale version gets 412")
	ResponseEntity<Resource> update(@PathVariable String dataset, @PathVariable UUID id,
			@RequestBody ResourceInput input,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Resource resource = resources.update(id, input, ETags.expectedVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(resource.version())).body(resource);
	}

	@PostMapping(path = "/api/1/datasets/{dataset}/resources/{id}/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Replace the file of a resource")
	ResponseEntity<Resource> replaceFile(@PathVariable String dataset, @PathVariable UUID id,
			@RequestPart("file") MultipartFile file,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Resource resource = resources.replaceFile(id, Uploads.from(file), ETags.expectedVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(resource.version())).body(resource);
	}

	@DeleteMapping("/api/1/datasets/{dataset}/resources/{id}")
	@Operation(summary = "Delete a resource")
	ResponseEntity<Void> delete(@PathVariable String dataset, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		resources.delete(id, ETags.expectedVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<Resource> created(Resource resource) {
		return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(resource.version())).body(resource);
	}
}
