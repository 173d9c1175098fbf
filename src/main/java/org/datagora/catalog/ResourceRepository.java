package org.datagora.catalog;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.datagora.storage.StoredFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads resources for datasets and for the download link. */
@Component
class ResourceRepository {

	static final String COLUMNS = """
			id, dataset_id, title, description, type, url, file_sha256, filename, format, mime, size, checksum,
			schema_name, schema_version, schema_url, harvested, created_at, modified_at, version
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final String baseUrl;

	ResourceRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, CatalogProperties properties) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.baseUrl = properties.baseUrl();
	}

	/** A resource row to insert: a remote URL, or a stored file with its facts. */
	record Row(UUID id, UUID datasetId, int position, String title, String description, String type, String url,
			String fileSha256, String filename, String format, String mime, Long size, String checksum,
			String schemaName, String schemaVersion, String schemaUrl, boolean harvested, Instant now) {

		static Row remote(UUID id, UUID datasetId, int position, ResourceInput input, Instant now) {
			String url = input.url().strip();
			return of(id, datasetId, position, input, url, null, null, input.filesize(), URI.create(url).getPath(),
					now);
		}

		/** A resource listed by a harvest source. */
		static Row fromSource(UUID id, UUID datasetId, int position, ResourceInput input, Instant now) {
			Row row = remote(id, datasetId, position, input, now);
			return new Row(id, datasetId, position, row.title, row.description, row.type, row.url, null, null,
					row.format, row.mime, row.size, row.checksum, row.schemaName, row.schemaVersion, row.schemaUrl, true,
					now);
		}

		static Row uploaded(UUID id, UUID datasetId, int position, ResourceInput input, StoredFile file,
				String filename, Instant now) {
			return of(id, datasetId, position, input, null, file.sha256(), filename, file.size(), filename, now);
		}

		/** Format and MIME type default to what the URL path or file name says. */
		private static Row of(UUID id, UUID datasetId, int position, ResourceInput input, String url, String sha256,
				String filename, Long size, String name, Instant now) {
			String format = Checks.blankToNull(input.format()) != null ? input.format().strip().toLowerCase(Locale.ROOT)
					: Resources.formatOf(name);
			ResourceInput.SchemaInput schema = input.schema();
			return new Row(id, datasetId, position, input.title().strip(), Objects.toString(input.description(), ""),
					input.type() == null ? ResourceType.MAIN.code()
							: Coded.parse(ResourceType.class, input.type(), "type").code(),
					url, sha256, filename, format,
					Checks.blankToNull(input.mime()) != null ? input.mime().strip() : Resources.mimeOf(null, format),
					size, sha256 != null ? sha256 : input.checksum() == null ? null : input.checksum().value(),
					schema == null ? null : Checks.blankToNull(schema.name()),
					schema == null ? null : Checks.blankToNull(schema.version()),
					schema == null ? null : Checks.blankToNull(schema.url()), false, now);
		}
	}

	void insertAll(List<Row> rows) {
		jdbcTemplate.batchUpdate("""
				insert into resource (id, dataset_id, position, title, description, type, url, file_sha256, filename,
				    format, mime, size, checksum, schema_name, schema_version, schema_url, harvested, created_at,
				    modified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows.stream()
			.map(row -> new Object[] { row.id(), row.datasetId(), row.position(), row.title(), row.description(),
					row.type(), row.url(), row.fileSha256(), row.filename(), row.format(), row.mime(), row.size(),
					row.checksum(), row.schemaName(), row.schemaVersion(), row.schemaUrl(), row.harvested(),
					Rows.timestamp(row.now()), Rows.timestamp(row.now()) })
			.toList());
	}

	/**
	 * Makes the harvested resources of a dataset those its source lists, in its order: a resource
	 * whose URL is still listed keeps its id (and its stable link) and takes the new facts; others
	 * are added or removed. Resources added here are left alone.
	 *
	 * @return whether anything changed
	 */
	boolean syncFromSource(UUID datasetId, List<ResourceInput> inputs, Instant now) {
		Map<String, Resource> existing = new LinkedHashMap<>();
		jdbc.sql("select " + COLUMNS + " from resource where dataset_id = ? and harvested order by position")
			.param(datasetId)
			.query(this::resource)
			.list()
			.forEach(resource -> existing.putIfAbsent(resource.url(), resource));
		int firstPosition = jdbc.sql("select coalesce(max(position), 0) from resource where dataset_id = ? and not harvested")
			.param(datasetId)
			.query(Integer.class)
			.single();
		List<Row> inserts = new ArrayList<>();
		List<Row> updates = new ArrayList<>();
		java.util.Set<String> listed = new java.util.HashSet<>();
		int position = firstPosition;
		for (ResourceInput input : inputs) {
			Row wanted = Row.fromSource(UUID.randomUUID(), datasetId, ++position, input, now);
			if (!listed.add(wanted.url())) {
				continue;
			}
			Resource current = existing.get(wanted.url());
			if (current == null) {
				inserts.add(wanted);
			}
			else if (!sameFacts(current, wanted)) {
				updates.add(new Row(current.id(), datasetId, wanted.position(), wanted.title(), wanted.description(),
						wanted.type(), wanted.url(), null, null, wanted.format(), wanted.mime(), wanted.size(),
						wanted.checksum(), wanted.schemaName(), wanted.schemaVersion(), wanted.schemaUrl(), true, now));
			}
		}
		List<UUID> gone = existing.values().stream().filter(r -> !listed.contains(r.url())).map(Resource::id).toList();
		insertAll(inserts);
		jdbcTemplate.batchUpdate("""
				update resource set position = ?, title = ?, description = ?, type = ?, format = ?, mime = ?, size = ?,
				    checksum = ?, schema_name = ?, schema_version = ?, schema_url = ?, modified_at = ?,
				    version = version + 1
				where id = ?
				""", updates.stream()
			.map(row -> new Object[] { row.position(), row.title(), row.description(), row.type(), row.format(),
					row.mime(), row.size(), row.checksum(), row.schemaName(), row.schemaVersion(), row.schemaUrl(),
					Rows.timestamp(now), row.id() })
			.toList());
		if (!gone.isEmpty()) {
			jdbc.sql("delete from resource where id = any(?)").param(gone.toArray(UUID[]::new)).update();
		}
		return !inserts.isEmpty() || !updates.isEmpty() || !gone.isEmpty();
	}

	private static boolean sameFacts(Resource current, Row wanted) {
		Resource.Schema schema = current.schema();
		return current.title().equals(wanted.title()) && current.description().equals(wanted.description())
				&& current.type().code().equals(wanted.type()) && Objects.equals(current.format(), wanted.format())
				&& Objects.equals(current.mime(), wanted.mime()) && Objects.equals(current.filesize(), wanted.size())
				&& Objects.equals(current.checksum() == null ? null : current.checksum().value(), wanted.checksum())
				&& Objects.equals(schema == null ? null : schema.name(), wanted.schemaName())
				&& Objects.equals(schema == null ? null : schema.version(), wanted.schemaVersion())
				&& Objects.equals(schema == null ? null : schema.url(), wanted.schemaUrl());
	}

	/** The resources of each dataset, in their order. */
	Map<UUID, List<Resource>> byDataset(Collection<UUID> datasetIds) {
		Map<UUID, List<Resource>> result = new LinkedHashMap<>();
		datasetIds.forEach(id -> result.put(id, new ArrayList<>()));
		if (datasetIds.isEmpty()) {
			return result;
		}
		jdbc.sql("select " + COLUMNS + " from resource where dataset_id = any(?) order by dataset_id, position")
			.param(datasetIds.toArray(UUID[]::new))
			.query(this::resource)
			.list()
			.forEach(resource -> result.get(resource.datasetId()).add(resource));
		return result;
	}

	Optional<Resource> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from resource where id = ?").param(id).query(this::resource).optional();
	}

	/** The stored file behind an uploaded resource. */
	Optional<String> fileOf(UUID id) {
		return jdbc.sql("select file_sha256 from resource where id = ?").param(id).query(String.class).optional();
	}

	String latest(UUID id) {
		return baseUrl + "/datasets/r/" + id;
	}

	private Resource resource(ResultSet rs, int row) throws SQLException {
		UUID id = Rows.uuid(rs, "id");
		boolean uploaded = rs.getString("file_sha256") != null;
		long size = rs.getLong("size");
		Long filesize = rs.wasNull() ? null : size;
		String checksum = rs.getString("checksum");
		String schemaName = rs.getString("schema_name");
		String schemaUrl = rs.getString("schema_url");
		return new Resource(id, Rows.uuid(rs, "dataset_id"), rs.getString("title"), rs.getString("description"),
				Coded.parse(ResourceType.class, rs.getString("type"), "type"), uploaded ? "file" : "remote",
				uploaded ? latest(id) : rs.getString("url"), latest(id), rs.getString("filename"),
				rs.getString("format"), rs.getString("mime"), filesize,
				checksum == null ? null : new Resource.Checksum("sha256", checksum),
				schemaName == null && schemaUrl == null ? null
						: new Resource.Schema(schemaName, rs.getString("schema_version"), schemaUrl),
				rs.getBoolean("harvested"), Rows.instant(rs, "created_at"), Rows.instant(rs, "modified_at"), rs.getInt("version"));
	}
}
