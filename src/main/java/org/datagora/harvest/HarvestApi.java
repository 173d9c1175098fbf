package org.datagora.harvest;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.Organizations;
import org.datagora.web.ETags;
import org.datagora.web.PageRequest;
import org.datagora.web.Paged;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Harvest")
class HarvestApi {

	private final HarvestSources sources;

	private final HarvestJobs jobs;

	private final Protocols protocols;

	private final Organizations organizations;

	HarvestApi(HarvestSources sources, HarvestJobs jobs, Protocols protocols, Organizations organizations) {
		this.sources = sources;
		this.jobs = jobs;
		this.protocols = protocols;
		this.organizations = organizations;
	}

	record ProtocolView(String code, String label) {
	}

	@GetMapping("/api/1/harvest/protocols")
	@Operation(summary = "The kinds of catalogs this portal harvests")
	List<ProtocolView> protocols() {
		return protocols.all().stream().map(p -> new ProtocolView(p.code(), p.label())).toList();
	}

	@GetMapping("/api/1/harvest/sources")
	@Operation(summary = "Harvest sources, optionally of one organization (accepted ones; members also see the others)")
	List<HarvestSource> list(@RequestParam(required = false) String organization) {
		return sources.list(organization == null ? null : organizations.get(organization).id());
	}

	@PostMapping("/api/1/harvest/sources")
	@Operation(summary = "Create a harvest source (administrators of the organization); it runs once a site "
			+ "administrator accepts it")
	ResponseEntity<HarvestSource> create(@RequestBody HarvestSourceInput input) {
		HarvestSource source = sources.create(input);
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(ETags.of(source.version()))
			.header(HttpHeaders.LOCATION, "/api/1/harvest/sources/" + source.id())
			.body(source);
	}

	@GetMapping("/api/1/harvest/sources/{id}")
	@Operation(summary = "One harvest source")
	ResponseEntity<HarvestSource> get(@PathVariable UUID id) {
		HarvestSource source = sources.get(id);
		return ResponseEntity.ok().eTag(ETags.of(source.version())).body(source);
	}

	@PutMapping("/api/1/harvest/sources/{id}")
	@Operation(summary = "Change a harvest source; a new URL or protocol needs a new validation")
	ResponseEntity<HarvestSource> update(@PathVariable UUID id, @RequestBody HarvestSourceInput input,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		HarvestSource source = sources.update(id, input, ETags.expectedVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(source.version())).body(source);
	}

	@DeleteMapping("/api/1/harvest/sources/{id}")
	@Operation(summary = "Delete a harvest source; the datasets it made stay")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		sources.delete(id);
		return ResponseEntity.noContent().build();
	}

	record Validation(boolean accepted, String note) {
	}

	@PostMapping("/api/1/harvest/sources/{id}/validation")
	@Operation(summary = "Accept or refuse a harvest source (site administrators)")
	HarvestSource validate(@PathVariable UUID id, @RequestBody Validation validation) {
		return sources.validate(id, validation.accepted(), validation.note());
	}

	@PostMapping("/api/1/harvest/sources/{id}/jobs")
	@Operation(summary = "Run the source now, or preview it (preview=true: reads and compares the first items, "
			+ "writes nothing to the catalog)")
	ResponseEntity<HarvestJob> run(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean preview) {
		HarvestJob job = jobs.start(id, preview);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header(HttpHeaders.LOCATION, "/api/1/harvest/jobs/" + job.id())
			.body(job);
	}

	@GetMapping("/api/1/harvest/sources/{id}/jobs")
	@Operation(summary = "The latest jobs of a source, newest first")
	List<HarvestJob> jobs(@PathVariable UUID id) {
		return jobs.ofSource(id, 50);
	}

	@GetMapping("/api/1/harvest/jobs/{id}")
	@Operation(summary = "One job: state, counts per outcome, error")
	HarvestJob job(@PathVariable UUID id) {
		return jobs.get(id);
	}

	@GetMapping("/api/1/harvest/jobs/{id}/items")
	@Operation(summary = "What the job did with each item, optionally of one outcome (created, updated, unchanged, "
			+ "archived, skipped, failed)")
	Paged<HarvestItem> items(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		HarvestJobs.Items items = jobs.items(id, outcome, request);
		return Paged.of(items.items(), request, items.total(), ServletUriComponentsBuilder.fromCurrentRequest());
	}
}
