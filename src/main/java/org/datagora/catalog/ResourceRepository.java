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
			schema_name, schema_version, schema_url, created_at, modified_at, version
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
			String fileSha256, String filename, String format, String mime, Long size, String schemaName,
			String schemaVersion, String schemaUrl, Instant now) {

		static Row remote(UUID id, UUID datasetId, int position, ResourceInput input, Instant now) {
			String url = input.url().strip();
			return of(id, datasetId, position, input, url, null, null, input.filesize(), URI.create(url).getPath(),
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
					size, schema == null ? null : Checks.blankToNull(schema.name()),
					schema == null ? null : Checks.blankToNull(schema.version()),
					schema == null ? null : Checks.blankToNull(schema.url()), now);
		}
	}

	void insertAll(List<Row> rows) {
		jdbcTemplate.batchUpdate("""
				insert into resource (id, dataset_id, position, title, description, type, url, file_sha256, filename,
				    format, mime, size, checksum, schema_name, schema_version, schema_url, created_at, modified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows.stream()
			.map(row -> new Object[] { row.id(), row.datasetId(), row.position(), row.title(), row.description(),
					row.type(), row.url(), row.fileSha256(), row.filename(), row.format(), row.mime(), row.size(),
					row.fileSha256(), row.schemaName(), row.schemaVersion(), row.schemaUrl(),
					Rows.timestamp(row.now()), Rows.timestamp(row.now()) })
			.toList());
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
				Rows.instant(rs, "created_at"), Rows.instant(rs, "modified_at"), rs.getInt("version"));
	}
}
