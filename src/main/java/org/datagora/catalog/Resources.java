package org.datagora.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datagora.identity.Viewer;
import org.datagora.storage.FileStore;
import org.datagora.storage.FileTooLargeException;
import org.datagora.storage.StoredFile;
import org.datagora.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resources of datasets: remote links and uploaded files. An upload is streamed into the file
 * store first (hashed on the way); the row is written only once the file is complete, so an
 * interrupted or refused upload leaves no row behind.
 */
@Service
public class Resources {

	private static final Map<String, String> MIME_BY_FORMAT = Map.ofEntries(Map.entry("csv", "text/csv"),
			Map.entry("json", "application/json"), Map.entry("geojson", "application/geo+json"),
			Map.entry("xml", "application/xml"), Map.entry("pdf", "application/pdf"),
			Map.entry("zip", "application/zip"), Map.entry("parquet", "application/vnd.apache.parquet"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("xls", "application/vnd.ms-excel"), Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
			Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"), Map.entry("html", "text/html"),
			Map.entry("shp", "application/x-shapefile"), Map.entry("gpkg", "application/geopackage+sqlite3"));

	private final JdbcClient jdbc;

	private final Datasets datasets;

	private final ResourceRepository repository;

	private final History history;

	private final FileStore files;

	private final Permissions permissions;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final long maxUploadBytes;

	Resources(JdbcClient jdbc, Datasets datasets, ResourceRepository repository, History history, FileStore files,
			Permissions permissions, ApplicationEventPublisher events, TransactionTemplate transaction,
			@Value("${datagora.uploads.max-bytes}") long maxUploadBytes) {
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.datasets = datasets;
		this.repository = repository;
		this.history = history;
		this.files = files;
		this.permissions = permissions;
		this.events = events;
		this.maxUploadBytes = maxUploadBytes;
	}

	/** Adds a resource that points to a remote URL. */
	@Transactional
	public Resource addRemote(String datasetIdOrSlug, ResourceInput input) {
		Viewer viewer = permissions.signedIn();
		Datasets.Stored dataset = datasets.lockEditable(datasetIdOrSlug, viewer, null);
		Checks checks = validate(input, true, true);
		checks.throwIfAny();
		return insert(dataset.id(), input, null, viewer);
	}

	/**
	 * Adds a resource from an uploaded file. The file is streamed to the store outside any
	 * transaction, so a slow upload holds no lock; the row is written once the file is complete.
	 */
	public Resource upload(String datasetIdOrSlug, ResourceInput input, Upload upload) {
		Viewer viewer = permissions.signedIn();
		datasets.checkEditable(datasetIdOrSlug, viewer);
		validate(input, false, false).throwIfAny();
		StoredFile stored = store(upload);
		return transaction.execute(status -> {
			Datasets.Stored dataset = datasets.lockEditable(datasetIdOrSlug, viewer, null);
			return insert(dataset.id(), withFileDefaults(input, upload), new FileFacts(stored, upload.filename()),
					viewer);
		});
	}

	/** Replaces the file of an uploaded resource, or turns a remote one into an uploaded one. */
	public Resource replaceFile(UUID resourceId, Upload upload, Integer expectedVersion) {
		Viewer viewer = permissions.signedIn();
		Resource before = repository.find(resourceId)
			.orElseThrow(() -> ProblemException.notFound("Resource " + resourceId));
		datasets.checkEditable(before.datasetId().toString(), viewer);
		StoredFile stored = store(upload);
		return transaction.execute(status -> replaceStoredFile(resourceId, upload, stored, expectedVersion, viewer));
	}

	private Resource replaceStoredFile(UUID resourceId, Upload upload, StoredFile stored, Integer expectedVersion,
			Viewer viewer) {
		Resource current = editable(resourceId, viewer, expectedVersion);
		String format = formatOf(upload.filename());
		jdbc.sql("""
				update resource set url = null, file_sha256 = ?, filename = ?, size = ?, checksum = ?,
				       format = coalesce(?, format), mime = ?, modified_at = now(), version = version + 1
				where id = ?
				""")
			.params(stored.sha256(), upload.filename(), stored.size(), stored.sha256(), format,
					mimeOf(upload.contentType(), format), resourceId)
			.update();
		return changed(current.datasetId(), resourceId, viewer, "file_replaced", List.of("file", "filesize", "checksum"));
	}

	@Transactional
	public Resource update(UUID resourceId, ResourceInput input, Integer expectedVersion) {
		Viewer viewer = permissions.signedIn();
		Resource current = editable(resourceId, viewer, expectedVersion);
		Checks checks = validate(input, false, false);
		if (input.url() != null && current.uploaded()) {
			checks.add("url", "an uploaded resource has no URL to change: upload a new file instead");
		}
		checks.throwIfAny();
		ResourceFields was = ResourceFields.of(current);
		ResourceFields next = was.apply(input, current.uploaded());
		List<String> changed = was.changedIn(next);
		if (changed.isEmpty()) {
			return current;
		}
		Resource.Schema schema = next.schema();
		jdbc.sql("""
				update resource set title = ?, description = ?, type = ?, url = ?, format = ?, mime = ?, size = ?,
				       schema_name = ?, schema_version = ?, schema_url = ?, checksum = ?, modified_at = now(),
				       version = version + 1
				where id = ?
				""")
			.params(next.title(), next.description(), next.type(), current.uploaded() ? null : next.url(),
					next.format(), next.mime(), next.filesize(), schema == null ? null : schema.name(),
					schema == null ? null : schema.version(), schema == null ? null : schema.url(),
					next.checksum() == null ? null : next.checksum().value(), resourceId)
			.update();
		return changed(current.datasetId(), resourceId, viewer, "resource_updated", changed);
	}

	@Transactional
	public void delete(UUID resourceId, Integer expectedVersion) {
		Viewer viewer = permissions.signedIn();
		Resource current = editable(resourceId, viewer, expectedVersion);
		jdbc.sql("delete from resource where id = ?").param(resourceId).update();
		datasets.touchData(current.datasetId());
		history.record(current.datasetId(), resourceId, viewer.id(), "resource_deleted", List.of(current.title()));
		events.publishEvent(DatasetChanged.of(current.datasetId(), "resource_deleted"));
	}

	/** The resource, if its dataset may be seen by the viewer. */
	public Resource get(UUID resourceId) {
		Resource resource = repository.find(resourceId)
			.orElseThrow(() -> ProblemException.notFound("Resource " + resourceId));
		datasets.get(resource.datasetId().toString());
		return resource;
	}

	/** Where the stable link of a resource leads: a remote URL, or the stored file. */
	public sealed interface Download {
	}

	public record Redirect(String url) implements Download {
	}

	public record FileDownload(InputStream content, String filename, String mime, Long size) implements Download {
	}

	public Download download(UUID resourceId) {
		Resource resource = get(resourceId);
		if (!resource.uploaded()) {
			return new Redirect(resource.url());
		}
		String key = repository.fileOf(resourceId).orElseThrow();
		try {
			InputStream content = files.open(key)
				.orElseThrow(() -> ProblemException.notFound("The file of resource " + resourceId));
			return new FileDownload(content, resource.filename(), resource.mime(), resource.filesize());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An upload as received: its content stream, its name and declared type. */
	public record Upload(InputStream content, String filename, String contentType) {
	}

	private record FileFacts(StoredFile stored, String filename) {
	}

	private StoredFile store(Upload upload) {
		try (InputStream content = upload.content()) {
			return files.store(content, maxUploadBytes);
		}
		catch (FileTooLargeException e) {
			throw ProblemException.tooLarge(e.limit());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The upload could not be stored", e);
		}
	}

	private Resource insert(UUID datasetId, ResourceInput input, FileFacts file, Viewer viewer) {
		UUID id = UUID.randomUUID();
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from resource where dataset_id = ?")
			.param(datasetId)
			.query(Integer.class)
			.single();
		Instant now = Instant.now();
		ResourceRepository.Row row = file == null ? ResourceRepository.Row.remote(id, datasetId, position, input, now)
				: ResourceRepository.Row.uploaded(id, datasetId, position, input, file.stored(), file.filename(), now);
		repository.insertAll(List.of(row));
		return changed(datasetId, id, viewer, "resource_added", List.of());
	}

	private Resource changed(UUID datasetId, UUID resourceId, Viewer viewer, String action, List<String> fields) {
		datasets.touchData(datasetId);
		history.record(datasetId, resourceId, viewer.id(), action, fields);
		events.publishEvent(DatasetChanged.of(datasetId, action));
		return repository.find(resourceId).orElseThrow();
	}

	private Resource editable(UUID resourceId, Viewer viewer, Integer expectedVersion) {
		Resource current = repository.find(resourceId)
			.orElseThrow(() -> ProblemException.notFound("Resource " + resourceId));
		datasets.lockEditable(current.datasetId().toString(), viewer, null);
		Resource locked = jdbc.sql("select 1 from resource where id = ? for update").param(resourceId).query(Integer.class)
			.optional()
			.flatMap(any -> repository.find(resourceId))
			.orElseThrow(() -> ProblemException.notFound("Resource " + resourceId));
		if (expectedVersion != null && expectedVersion != locked.version()) {
			throw ProblemException.stale("Resource " + locked.title());
		}
		if (locked.harvested()) {
			throw ProblemException.conflict("This resource is listed by the harvest source of its dataset: it follows "
					+ "the source and cannot be changed or removed here");
		}
		return locked;
	}

	private static ResourceInput withFileDefaults(ResourceInput input, Upload upload) {
		String title = Checks.blankToNull(input.title()) != null ? input.title() : upload.filename();
		String mime = Checks.blankToNull(input.mime()) != null ? input.mime()
				: mimeOf(upload.contentType(), formatOf(upload.filename()));
		return new ResourceInput(title, input.description(), input.type(), null, input.format(), mime, null,
				input.schema());
	}

	static Checks validate(ResourceInput input, boolean titleRequired, boolean urlRequired) {
		Checks checks = new Checks();
		if (titleRequired || input.title() != null) {
			checks.required("title", input.title(), 350);
		}
		checks.maxLength("description", input.description(), 20_000);
		if (urlRequired && (input.url() == null || input.url().isBlank())) {
			checks.add("url", "is required for a remote resource");
		}
		checks.httpUrl("url", input.url());
		if (input.type() != null) {
			checks.parse(() -> Coded.parse(ResourceType.class, input.type(), "type"));
		}
		checks.maxLength("format", input.format(), 30);
		checks.maxLength("mime", input.mime(), 120);
		if (input.filesize() != null && input.filesize() < 0) {
			checks.add("filesize", "must be 0 or more");
		}
		if (input.checksum() != null && !("sha256".equals(input.checksum().type()) && input.checksum().value() != null
				&& input.checksum().value().matches("[0-9a-f]{64}"))) {
			checks.add("checksum", "must be a SHA-256: type sha256 and 64 lower-case hexadecimal digits");
		}
		if (input.schema() != null) {
			checks.maxLength("schema.name", input.schema().name(), 200);
			checks.maxLength("schema.version", input.schema().version(), 50);
			checks.httpUrl("schema.url", input.schema().url());
		}
		return checks;
	}

	/** The format from a file name or URL path: its extension, lower case. */
	static String formatOf(String name) {
		if (name == null) {
			return null;
		}
		String last = name.substring(name.lastIndexOf('/') + 1);
		int dot = last.lastIndexOf('.');
		if (dot < 0 || dot == last.length() - 1) {
			return null;
		}
		String extension = last.substring(dot + 1).toLowerCase(Locale.ROOT);
		return extension.length() <= 10 && extension.matches("[a-z0-9]+") ? extension : null;
	}

	static String mimeOf(String declared, String format) {
		if (declared != null && !declared.isBlank() && !"application/octet-stream".equals(declared)) {
			return declared;
		}
		return Optional.ofNullable(format).map(MIME_BY_FORMAT::get).orElse("application/octet-stream");
	}
}
