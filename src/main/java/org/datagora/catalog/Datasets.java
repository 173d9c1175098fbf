package org.datagora.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.datagora.identity.Accounts;
import org.datagora.identity.Memberships;
import org.datagora.identity.Viewer;
import org.datagora.web.FieldProblem;
import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Create, change, delete, restore and read datasets. Private and deleted datasets are seen only
 * by those who may edit them; every change is recorded in the history with the fields it
 * touched, and published as a {@link DatasetChanged} event in the same transaction.
 */
@Service
public class Datasets {

	static final Set<String> GRANULARITIES = Set.of("country", "region", "departement", "epci", "commune", "other");

	private static final String SELECT = """
			select d.*, o.slug as org_slug, o.name as org_name, o.acronym as org_acronym
			from dataset d left join organization o on o.id = d.organization_id
			""";

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final History history;

	private final ResourceRepository resources;

	private final GeoZones zones;

	private final Organizations organizations;

	private final Accounts accounts;

	private final Memberships memberships;

	private final ApplicationEventPublisher events;

	private final NamedParameterJdbcTemplate named;

	private final CatalogCounts counts;

	private final DatasetReadCache readCache;


	Datasets(JdbcClient jdbc, Permissions permissions, History history, ResourceRepository resources, GeoZones zones,
			Organizations organizations, Accounts accounts, Memberships memberships,
			ApplicationEventPublisher events, NamedParameterJdbcTemplate named, CatalogCounts counts,
			DatasetReadCache readCache) {
		this.named = named;
		this.counts = counts;
		this.readCache = readCache;
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.history = history;
		this.resources = resources;
		this.zones = zones;
		this.organizations = organizations;
		this.accounts = accounts;
		this.memberships = memberships;
		this.events = events;
	}

	@Transactional
	public Dataset create(DatasetInput input) {
		UUID id = createAll(List.of(new NewDataset(input, List.of()))).get(0);
		return load(id).orElseThrow();
	}

	/** A dataset to create with its remote resources, and its origin when it is harvested. */
	public record NewDataset(DatasetInput dataset, List<ResourceInput> resources, Origin origin) {

		public NewDataset(DatasetInput dataset, List<ResourceInput> resources) {
			this(dataset, resources, null);
		}
	}

	/**
	 * Creates datasets with their remote resources in one transaction, with the checks of
	 * {@link #create} and batched writes: the path of imports and harvesting. A bad item fails
	 * the whole batch with its index in the field names ({@code [3].title}).
	 */
	@Transactional
	public List<UUID> createAll(List<NewDataset> items) {
		Viewer viewer = permissions.signedIn();
		Lookups lookups = new Lookups(viewer, reservedSlugs(items));
		lookups.unknownZones(items.stream()
			.map(NewDataset::dataset)
			.filter(input -> input.spatial() != null && input.spatial().zones() != null)
			.flatMap(input -> input.spatial().zones().stream())
			.distinct()
			.toList());
		Instant now = Instant.now();
		List<Map<String, Object>> datasetRows = new ArrayList<>(items.size());
		List<ResourceRepository.Row> resourceRows = new ArrayList<>();
		List<History.Entry> entries = new ArrayList<>();
		List<UUID> ids = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			NewDataset item = items.get(i);
			UUID id = UUID.randomUUID();
			DatasetState state = prefixed(i, () -> resolve(item.dataset(), null, viewer, lookups));
			Map<String, Object> row = params(state);
			row.put("id", id);
			row.put("now", Rows.timestamp(now));
			originParams(row, item.origin());
			datasetRows.add(row);
			entries.add(new History.Entry(id, null, viewer.id(), "created", List.of()));
			int position = 0;
			for (ResourceInput resource : item.resources()) {
				int index = i;
				prefixed(index, () -> {
					Resources.validate(resource, true, true).throwIfAny();
					return null;
				});
				ResourceRepository.Row resourceRow = item.origin() == null
						? ResourceRepository.Row.remote(UUID.randomUUID(), id, ++position, resource, now)
						: ResourceRepository.Row.fromSource(UUID.randomUUID(), id, ++position, resource, now);
				resourceRows.add(resourceRow);
				entries.add(new History.Entry(id, resourceRow.id(), viewer.id(), "resource_added", List.of()));
			}
			ids.add(id);
		}
		named.batchUpdate(INSERT, datasetRows.stream().map(MapSqlParameterSource::new)
			.toArray(SqlParameterSource[]::new));
		resources.insertAll(resourceRows);
		history.recordAll(entries);
		events.publishEvent(new DatasetChanged(ids, "created"));
		counts.changed();
		return ids;
	}

	private static final String INSERT = """
			insert into dataset (id, slug, title, acronym, description, tags, themes, license, frequency,
			    temporal_start, temporal_end, spatial_zones, spatial_granularity, spatial_bbox, organization_id, owner_id,
			    contact_name, contact_email, access_type, access_reason, badges, hvd_categories, private, archived_at,
			    created_at, modified_at, last_update, origin_source_id, origin_source_name, origin_remote_id, origin_page)
			values (:id, :slug, :title, :acronym, :description, :tags, :themes, :license, :frequency,
			    :temporalStart, :temporalEnd, :zones, :granularity, :bbox, :organization, :owner,
			    :contactName, :contactEmail, :accessType, :accessReason, :badges, :hvdCategories, :private,
			    case when :archived then cast(:now as timestamptz) end, :now, :now, :now,
			    cast(:originSource as uuid), cast(:originName as text), cast(:originRemoteId as text),
			    cast(:originPage as text))
			""";

	private static void originParams(Map<String, Object> params, Origin origin) {
		params.put("originSource", origin == null ? null : origin.sourceId());
		params.put("originName", origin == null ? null : origin.sourceName());
		params.put("originRemoteId", origin == null ? null : origin.remoteId());
		params.put("originPage", origin == null ? null : origin.remotePage());
	}

	/** Runs a check of item {@code index}, naming the item in the fields of its problems. */
	private static <T> T prefixed(int index, java.util.function.Supplier<T> check) {
		try {
			return check.get();
		}
		catch (ProblemException e) {
			if (e.errors().isEmpty()) {
				throw e;
			}
			throw new ProblemException(e.status(), e.getMessage(), e.errors()
				.stream()
				.map(error -> new FieldProblem((index == 0 ? "" : "[" + index + "].") + error.field(), error.message()))
				.toList());
		}
	}

	/**
	 * Applies the non-null fields of {@code input}. With {@code expectedVersion} (from
	 * {@code If-Match} or a form), a dataset changed since that version is refused with 412.
	 */
	@Transactional
	public Dataset update(String idOrSlug, DatasetInput input, Integer expectedVersion) {
		Viewer viewer = permissions.signedIn();
		Stored current = lockEditable(idOrSlug, viewer, expectedVersion);
		DatasetState next = resolve(input, current, viewer, new Lookups(viewer, null));
		List<String> changed = current.state().changedIn(next);
		if (current.harvested()) {
			List<FieldProblem> fromSource = changed.stream()
				.filter(field -> !LOCAL_FIELDS.contains(field))
				.map(field -> new FieldProblem(field, "comes from the harvest source of this dataset: change it there"))
				.toList();
			if (!fromSource.isEmpty()) {
				throw ProblemException.invalid(fromSource);
			}
		}
		if (changed.isEmpty()) {
			return load(current.id()).orElseThrow();
		}
		write(current.id(), next, null, false);
		history.record(current.id(), null, viewer.id(), "updated", changed);
		return load(current.id()).orElseThrow();
	}

	/** What people may change on a harvested dataset: the rest follows its source. */
	private static final Set<String> LOCAL_FIELDS = Set.of("badges", "hvd_categories");

	/**
	 * Brings a harvested dataset in line with its source: its fields, its origin and the
	 * resources the source lists (matched by URL, so that their stable links survive; resources
	 * added here are kept). Nothing is written when nothing differs.
	 *
	 * @param resourceInputs the resources the source lists, or null to leave them
	 * @return whether anything changed
	 */
	@Transactional
	public boolean updateFromSource(UUID id, DatasetInput input, List<ResourceInput> resourceInputs, Origin origin) {
		Viewer viewer = permissions.signedIn();
		Stored current = lockEditable(id.toString(), viewer, null);
		DatasetState next = resolve(input, current, viewer, new Lookups(viewer, null));
		List<String> changed = new ArrayList<>(current.state().changedIn(next));
		if (resourceInputs != null) {
			for (int i = 0; i < resourceInputs.size(); i++) {
				int index = i;
				prefixed(index, () -> {
					Resources.validate(resourceInputs.get(index), true, true).throwIfAny();
					return null;
				});
			}
			if (resources.syncFromSource(id, resourceInputs, Instant.now())) {
				changed.add("resources");
			}
		}
		if (changed.isEmpty()) {
			return false;
		}
		write(id, next, origin, changed.contains("resources"));
		history.record(id, null, viewer.id(), "harvested", changed);
		return true;
	}

	private void write(UUID id, DatasetState next, Origin origin, boolean dataChanged) {
		Map<String, Object> params = params(next);
		originParams(params, origin);
		jdbc.sql("""
				update dataset set slug = :slug, title = :title, acronym = :acronym, description = :description,
				    tags = :tags, themes = :themes, license = :license, frequency = :frequency,
				    temporal_start = :temporalStart, temporal_end = :temporalEnd, spatial_zones = :zones,
				    spatial_granularity = :granularity, spatial_bbox = :bbox, organization_id = :organization, owner_id = :owner,
				    contact_name = :contactName, contact_email = :contactEmail, access_type = :accessType,
				    access_reason = :accessReason, badges = :badges, hvd_categories = :hvdCategories, private = :private,
				    archived_at = case when not :archived then null else coalesce(archived_at, now()) end,
				    origin_source_id = coalesce(cast(:originSource as uuid), origin_source_id),
				    origin_source_name = coalesce(cast(:originName as text), origin_source_name),
				    origin_remote_id = coalesce(cast(:originRemoteId as text), origin_remote_id),
				    origin_page = case when cast(:originSource as uuid) is null then origin_page
				                       else cast(:originPage as text) end,
				    last_update = case when :dataChanged then now() else last_update end,
				    modified_at = now(), version = version + 1
				where id = :id
				""").params(params).param("id", id).param("dataChanged", dataChanged).update();
		counts.changed();
		readCache.forgetAfterCommit(id);
		events.publishEvent(DatasetChanged.of(id, "updated"));
	}

	/** Soft delete: the dataset disappears from lists and pages and can be restored. */
	@Transactional
	public void delete(String idOrSlug, Integer expectedVersion) {
		Viewer viewer = permissions.signedIn();
		Stored current = lockEditable(idOrSlug, viewer, expectedVersion);
		if (current.deleted()) {
			return;
		}
		jdbc.sql("update dataset set deleted_at = now(), version = version + 1 where id = ?").param(current.id()).update();
		history.record(current.id(), null, viewer.id(), "deleted", List.of());
		counts.changed();
		readCache.forgetAfterCommit(current.id());
		events.publishEvent(DatasetChanged.of(current.id(), "deleted"));
	}

	@Transactional
	public Dataset restore(String idOrSlug) {
		Viewer viewer = permissions.signedIn();
		Stored current = lockEditable(idOrSlug, viewer, null);
		if (current.deleted()) {
			jdbc.sql("update dataset set deleted_at = null, version = version + 1 where id = ?")
				.param(current.id())
				.update();
			history.record(current.id(), null, viewer.id(), "restored", List.of());
			counts.changed();
			readCache.forgetAfterCommit(current.id());
			events.publishEvent(DatasetChanged.of(current.id(), "restored"));
		}
		return load(current.id()).orElseThrow();
	}

	/**
	 * The dataset if the viewer may see it; private and deleted ones only for their editors.
	 * Reads check a small row (versions and visibility) and take the full dataset from the
	 * {@link DatasetReadCache} when it is still at those versions.
	 */
	public Dataset get(String idOrSlug) {
		UUID id = Rows.parseUuid(idOrSlug);
		DatasetReadCache.Entry fresh = id == null ? null : readCache.fresh(id);
		DatasetReadCache.Head head = fresh != null ? fresh.head() : head(idOrSlug, id);
		if ((head.isPrivate() || head.deleted())
				&& !permissions.canEdit(Viewer.current().orElse(null), head.organizationId(), head.ownerId())) {
			throw ProblemException.notFound("Dataset " + idOrSlug);
		}
		if (fresh != null) {
			return fresh.dataset();
		}
		Dataset dataset = readCache.at(head);
		if (dataset == null) {
			dataset = load(head.id()).orElseThrow(() -> ProblemException.notFound("Dataset " + idOrSlug));
		}
		readCache.put(head, dataset);
		return dataset;
	}

	private static final String HEAD = """
			select d.id, d.version, o.version as organization_version, d.private, d.deleted_at is not null as deleted,
			       d.organization_id, d.owner_id
			from dataset d left join organization o on o.id = d.organization_id
			""";

	private DatasetReadCache.Head head(String idOrSlug, UUID id) {
		return jdbc.sql(HEAD + (id != null ? "where d.id = ?" : "where d.slug = ?"))
			.param(id != null ? id : idOrSlug)
			.query(Datasets::headRow)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("Dataset " + idOrSlug));
	}

	private static DatasetReadCache.Head headRow(ResultSet rs, int n) throws SQLException {
		return new DatasetReadCache.Head(Rows.uuid(rs, "id"), rs.getInt("version"), rs.getInt("organization_version"),
				rs.getBoolean("private"), rs.getBoolean("deleted"), Rows.uuid(rs, "organization_id"),
				Rows.uuid(rs, "owner_id"));
	}

	public boolean canEdit(Dataset dataset) {
		UUID organizationId = dataset.organization() == null ? null : dataset.organization().id();
		UUID ownerId = dataset.owner() == null ? null : dataset.owner().id();
		return permissions.canEdit(Viewer.current().orElse(null), organizationId, ownerId);
	}

	public List<Change> history(UUID datasetId, int limit) {
		return history.of(datasetId, limit);
	}

	public record Listing(List<Dataset> datasets, long total) {
	}

	/**
	 * The datasets among {@code ids} that exist, deleted and private ones included, in the order
	 * of {@code ids}, as they are now: for indexing, and for search, which filters by visibility
	 * itself.
	 */
	public List<Dataset> byIds(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Dataset> found = new HashMap<>();
		loadAll(ids).forEach(dataset -> found.put(dataset.id(), dataset));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	private List<Dataset> loadAll(java.util.Collection<UUID> ids) {
		return assemble(jdbc.sql(SELECT + " where d.id = any(?)").param(ids.toArray(UUID[]::new)).query(Datasets::row)
			.list());
	}

	/**
	 * As {@link #byIds}, through the read cache as {@link #get} reads: a page of search results.
	 * A change made on another node may show after the freshness window.
	 */
	public List<Dataset> readByIds(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// the read cache spares a page of search results most of the assembly (resources,
		// organization, zones): a small row per dataset confirms that the cached one is current
		Map<UUID, Dataset> found = new HashMap<>();
		List<UUID> unchecked = new ArrayList<>();
		for (UUID id : ids) {
			DatasetReadCache.Entry fresh = readCache.fresh(id);
			if (fresh != null) {
				found.put(id, fresh.dataset());
			}
			else {
				unchecked.add(id);
			}
		}
		if (!unchecked.isEmpty()) {
			Map<UUID, DatasetReadCache.Head> toLoad = new HashMap<>();
			for (DatasetReadCache.Head head : jdbc.sql(HEAD + "where d.id = any(?)")
				.param(unchecked.toArray(UUID[]::new))
				.query(Datasets::headRow)
				.list()) {
				Dataset cached = readCache.at(head);
				if (cached != null) {
					readCache.put(head, cached);
					found.put(head.id(), cached);
				}
				else {
					toLoad.put(head.id(), head);
				}
			}
			if (!toLoad.isEmpty()) {
				loadAll(toLoad.keySet()).forEach(dataset -> {
						readCache.put(toLoad.get(dataset.id()), dataset);
						found.put(dataset.id(), dataset);
					});
			}
		}
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/** How many datasets are not deleted, private ones included: the size of a full walk. */
	public long countNotDeleted() {
		return jdbc.sql("select count(*) from dataset where deleted_at is null").query(Long.class).single();
	}

	/**
	 * The next {@code limit} datasets that are not deleted, by id after {@code after} (null to
	 * start), optionally of one organization: a full walk of the catalog in bounded batches.
	 */
	public List<Dataset> scan(UUID organizationId, UUID after, int limit) {
		return assemble(jdbc.sql(SELECT + """
				 where d.deleted_at is null and (cast(:after as uuid) is null or d.id > :after)
				   and (cast(:organization as uuid) is null or d.organization_id = :organization)
				 order by d.id limit :limit
				""")
			.param("after", after)
			.param("organization", organizationId)
			.param("limit", limit)
			.query(Datasets::row)
			.list());
	}

	/** A plain page of the datasets the viewer may see, newest data first unless sorted otherwise. */
	public Listing list(DatasetFilter filter, PageRequest page) {
		var where = new StringBuilder("d.deleted_at is null");
		Map<String, Object> params = new HashMap<>();
		Optional<Viewer> viewer = Viewer.current();
		if (viewer.isEmpty()) {
			where.append(" and not d.private");
		}
		else if (!viewer.get().siteAdmin()) {
			// private datasets are listed for those who may edit them
			where.append(" and (not d.private or d.owner_id = :me or d.organization_id = any(:myOrganizations))");
			params.put("me", viewer.get().id());
			params.put("myOrganizations", memberships.organizationsOf(viewer.get().id())
				.stream()
				.map(Memberships.OrganizationRole::organizationId)
				.toArray(UUID[]::new));
		}
		where.append(" and d.archived_at is null");
		if (filter.organization() != null) {
			Organization organization = organizations.find(filter.organization())
				.orElseThrow(() -> ProblemException.invalid("organization", "unknown organization"));
			where.append(" and d.organization_id = :organization");
			params.put("organization", organization.id());
		}
		if (filter.badge() != null) {
			where.append(" and d.badges @> array[:badge]::text[]");
			params.put("badge", Coded.parse(DatasetBadge.class, filter.badge(), "badge").code());
		}
		String order = orderBy(filter.sort());
		long total = jdbc.sql("select count(*) from dataset d where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Row> rows = jdbc.sql(SELECT + " where " + where + " order by " + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.pageSize())
			.param("offset", page.offset())
			.query(Datasets::row)
			.list();
		return new Listing(assemble(rows), total);
	}

	/** Bumps the version and the last update of a dataset whose resources changed. */
	void touchData(UUID datasetId) {
		jdbc.sql("update dataset set last_update = now(), modified_at = now(), version = version + 1 where id = ?")
			.param(datasetId)
			.update();
		counts.changed();
		readCache.forgetAfterCommit(datasetId);
	}

	/**
	 * Locks the dataset row for a change by the viewer, after checking they may edit it and,
	 * when given, that it is still at {@code expectedVersion}.
	 */
	Stored lockEditable(String idOrSlug, Viewer viewer, Integer expectedVersion) {
		return editable(idOrSlug, viewer, expectedVersion, true);
	}

	/** The same checks without a lock, before long work such as receiving an upload. */
	Stored checkEditable(String idOrSlug, Viewer viewer) {
		return editable(idOrSlug, viewer, null, false);
	}

	private Stored editable(String idOrSlug, Viewer viewer, Integer expectedVersion, boolean lock) {
		UUID id = Rows.parseUuid(idOrSlug);
		Stored stored = jdbc.sql("select * from dataset where " + (id != null ? "id = ?" : "slug = ?")
				+ (lock ? " for update" : ""))
			.param(id != null ? id : idOrSlug)
			.query(Datasets::stored)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("Dataset " + idOrSlug));
		if (!permissions.canEdit(viewer, stored.state().organizationId(), stored.state().ownerId())) {
			if (stored.state().isPrivate() || stored.deleted()) {
				throw ProblemException.notFound("Dataset " + idOrSlug);
			}
			throw ProblemException.forbidden("Only the owner, members of its organization and site administrators "
					+ "may change this dataset");
		}
		if (expectedVersion != null && expectedVersion != stored.version()) {
			throw ProblemException.stale("Dataset " + stored.state().slug());
		}
		return stored;
	}

	/** A dataset row locked for update. */
	record Stored(UUID id, DatasetState state, int version, boolean deleted, boolean harvested) {
	}

	private Optional<Dataset> load(UUID id) {
		return jdbc.sql(SELECT + " where d.id = ?")
			.param(id)
			.query(Datasets::row)
			.optional()
			.map(row -> assemble(List.of(row)).get(0));
	}

	private DatasetState resolve(DatasetInput input, Stored current, Viewer viewer, Lookups lookups) {
		DatasetState was = current == null ? null : current.state();
		Checks checks = new Checks();
		if (was == null || input.title() != null) {
			checks.required("title", input.title(), 350);
		}
		checks.slug("slug", input.slug());
		checks.maxLength("acronym", input.acronym(), 30);
		checks.maxLength("description", input.description(), 100_000);
		checks.list("tags", input.tags(), 50, 96);
		List<String> themes = input.themes() == null ? (was == null ? List.of() : was.themes())
				: codes(Theme.class, input.themes(), "themes", checks);
		String license = input.license() == null ? (was == null ? License.LOV2.code() : was.license())
				: code(License.class, input.license(), "license", checks);
		String frequency = input.frequency() == null ? (was == null ? Frequency.UNKNOWN.code() : was.frequency())
				: code(Frequency.class, input.frequency(), "frequency", checks);
		String accessType = input.accessType() == null ? (was == null ? AccessType.OPEN.code() : was.accessType())
				: code(AccessType.class, input.accessType(), "access_type", checks);
		List<String> badges = input.badges() == null ? (was == null ? List.of() : was.badges())
				: codes(DatasetBadge.class, input.badges(), "badges", checks);
		List<String> hvdCategories = input.hvdCategories() == null ? (was == null ? List.of() : was.hvdCategories())
				: codes(HvdCategory.class, input.hvdCategories(), "hvd_categories", checks);

		LocalDate start = was == null ? null : was.temporalStart();
		LocalDate end = was == null ? null : was.temporalEnd();
		if (input.temporalCoverage() != null) {
			start = date(input.temporalCoverage().start(), "temporal_coverage.start", checks);
			end = date(input.temporalCoverage().end(), "temporal_coverage.end", checks);
			if (start != null && end != null && end.isBefore(start)) {
				checks.add("temporal_coverage.end", "is before the start");
			}
		}
		List<String> zoneIds = was == null ? List.of() : was.spatialZones();
		String granularity = was == null ? null : was.spatialGranularity();
		List<Double> bbox = was == null ? null : was.spatialBbox();
		if (input.spatial() != null) {
			if (input.spatial().bbox() != null) {
				List<Double> given = input.spatial().bbox();
				checks.boundingBox("spatial.bbox", given.isEmpty() ? null : given);
				bbox = given.isEmpty() || given.stream().anyMatch(Objects::isNull) ? null : List.copyOf(given);
			}
			if (input.spatial().zones() != null) {
				zoneIds = List.copyOf(new LinkedHashSet<>(input.spatial().zones()));
				checks.list("spatial.zones", zoneIds, 200, 100);
				List<String> unknown = lookups.unknownZones(zoneIds);
				if (!unknown.isEmpty()) {
					checks.add("spatial.zones", "unknown zone(s): " + String.join(", ", unknown));
				}
			}
			if (input.spatial().granularity() != null) {
				granularity = Checks.blankToNull(input.spatial().granularity());
				if (granularity != null && !GRANULARITIES.contains(granularity)) {
					checks.add("spatial.granularity", "must be one of " + String.join(", ", GRANULARITIES));
				}
			}
		}
		String contactName = was == null ? null : was.contactName();
		String contactEmail = was == null ? null : was.contactEmail();
		if (input.contactPoint() != null) {
			contactName = Checks.keep(input.contactPoint().name(), contactName);
			contactEmail = Checks.keep(input.contactPoint().email(), contactEmail);
			checks.maxLength("contact_point.name", contactName, 200);
			checks.email("contact_point.email", contactEmail);
		}
		String accessReason = Checks.keep(input.accessReason(), was == null ? null : was.accessReason());
		checks.maxLength("access_reason", accessReason, 2000);
		if (AccessType.RESTRICTED.code().equals(accessType) && accessReason == null) {
			checks.add("access_reason", "is required when access is restricted");
		}

		UUID organizationId = was == null ? null : was.organizationId();
		UUID ownerId = was == null ? viewer.id() : was.ownerId();
		if (input.organization() != null) {
			if (input.organization().isBlank()) {
				organizationId = null;
				ownerId = ownerId == null ? viewer.id() : ownerId;
			}
			else {
				Optional<Organization> organization = lookups.organization(input.organization().strip());
				if (organization.isEmpty()) {
					checks.add("organization", "unknown organization '" + input.organization() + "'");
				}
				else {
					organizationId = organization.get().id();
					ownerId = null;
				}
			}
		}
		checks.throwIfAny();

		if (organizationId != null && !Objects.equals(organizationId, was == null ? null : was.organizationId())) {
			lookups.requireMember(organizationId);
		}
		if (!badges.equals(was == null ? List.of() : was.badges())) {
			permissions.requireSiteAdmin(viewer, "badges");
		}
		String slug = slugFor(input.slug(), input.title(), was, current == null ? null : current.id(), lookups);
		return new DatasetState(slug, input.title() == null ? was.title() : input.title().strip(),
				Checks.keep(input.acronym(), was == null ? null : was.acronym()),
				input.description() == null ? (was == null ? "" : was.description()) : input.description(),
				input.tags() == null ? (was == null ? List.of() : was.tags()) : tags(input.tags()), themes, license,
				frequency, start, end, zoneIds, granularity, bbox, organizationId, ownerId, contactName, contactEmail,
				accessType, accessReason, badges, hvdCategories,
				input.isPrivate() == null ? was != null && was.isPrivate() : input.isPrivate(),
				input.archived() == null ? was != null && was.archived() : input.archived());
	}

	private String slugFor(String requested, String title, DatasetState was, UUID self, Lookups lookups) {
		if (requested != null && !requested.isBlank() && (was == null || !requested.equals(was.slug()))) {
			if (lookups.slugTaken(requested, self)) {
				throw new ProblemException(HttpStatus.CONFLICT, "The slug '" + requested + "' is already used",
						List.of(new FieldProblem("slug", "is already used by another dataset")));
			}
			return lookups.reserve(requested);
		}
		if (was != null) {
			return was.slug();
		}
		return lookups.reserve(Slugs.unique(Slugs.slugify(title), candidate -> lookups.slugTaken(candidate, self)));
	}

	/**
	 * The slugs already used that a batch could clash with: those equal to the slug of one of its
	 * titles or requested slugs, with or without a numbered suffix. One query for the batch.
	 */
	private Set<String> reservedSlugs(List<NewDataset> items) {
		if (items.size() == 1) {
			return null;
		}
		String[] bases = items.stream()
			.flatMap(item -> java.util.stream.Stream.of(item.dataset().slug(),
					item.dataset().title() == null ? null : Slugs.slugify(item.dataset().title())))
			.filter(Objects::nonNull)
			.distinct()
			.toArray(String[]::new);
		return new HashSet<>(jdbc.sql("""
				select slug from dataset
				where slug = any(:bases) or regexp_replace(slug, '-[0-9]+$', '') = any(:bases)
				""").param("bases", bases).query(String.class).list());
	}

	/**
	 * What resolving inputs looks up (organizations, zones, memberships, slugs), remembered for
	 * the length of one call so that a batch asks each question once.
	 */
	private final class Lookups {

		private final Viewer viewer;

		/** Slugs known to be taken; null means ask the database each time. */
		private final Set<String> takenSlugs;

		private final Map<String, Optional<Organization>> organizationsByKey = new HashMap<>();

		private final Set<String> knownZones = new HashSet<>();

		private final Set<UUID> memberOf = new HashSet<>();

		Lookups(Viewer viewer, Set<String> takenSlugs) {
			this.viewer = viewer;
			this.takenSlugs = takenSlugs;
		}

		Optional<Organization> organization(String idOrSlug) {
			return organizationsByKey.computeIfAbsent(idOrSlug, organizations::find);
		}

		List<String> unknownZones(List<String> ids) {
			List<String> unseen = ids.stream().filter(id -> !knownZones.contains(id)).toList();
			if (!unseen.isEmpty()) {
				zones.findAll(unseen).stream().map(GeoZone::id).forEach(knownZones::add);
			}
			return ids.stream().filter(id -> !knownZones.contains(id)).toList();
		}

		void requireMember(UUID organizationId) {
			if (memberOf.add(organizationId)) {
				permissions.requireMember(viewer, organizationId);
			}
		}

		boolean slugTaken(String slug, UUID self) {
			return takenSlugs != null ? takenSlugs.contains(slug) : Datasets.this.slugTaken(slug, self);
		}

		String reserve(String slug) {
			if (takenSlugs != null) {
				takenSlugs.add(slug);
			}
			return slug;
		}
	}

	private boolean slugTaken(String slug, UUID self) {
		return jdbc.sql("select count(*) from dataset where slug = ? and id is distinct from ?")
			.params(slug, self)
			.query(Long.class)
			.single() > 0;
	}

	private static List<String> tags(List<String> tags) {
		return List.copyOf(new LinkedHashSet<>(tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).toList()));
	}

	private static <E extends Enum<E> & Coded> String code(Class<E> type, String code, String field, Checks checks) {
		E value = checks.parse(() -> Coded.parse(type, code, field));
		return value == null ? null : value.code();
	}

	private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type, List<String> codes, String field,
			Checks checks) {
		return codes.stream().map(code -> code(type, code, field, checks)).filter(Objects::nonNull).distinct().toList();
	}

	private static LocalDate date(String value, String field, Checks checks) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			checks.add(field, "must be a date as YYYY-MM-DD");
			return null;
		}
	}

	private static String orderBy(String sort) {
		String key = sort == null || sort.isBlank() ? "-last_update" : sort.strip();
		boolean descending = key.startsWith("-");
		String column = switch (descending ? key.substring(1) : key) {
			case "title" -> "lower(d.title)";
			case "created" -> "d.created_at";
			case "last_update" -> "d.last_update";
			case "last_modified" -> "d.modified_at";
			default -> throw ProblemException.invalid("sort",
					"must be title, created, last_update or last_modified, with - for descending");
		};
		return column + (descending ? " desc" : " asc") + ", d.id";
	}

	private static Map<String, Object> params(DatasetState state) {
		// a HashMap: several values may be null
		Map<String, Object> params = new HashMap<>();
		params.put("slug", state.slug());
		params.put("title", state.title());
		params.put("acronym", state.acronym());
		params.put("description", state.description());
		params.put("tags", Rows.array(state.tags()));
		params.put("themes", Rows.array(state.themes()));
		params.put("license", state.license());
		params.put("frequency", state.frequency());
		params.put("temporalStart", state.temporalStart());
		params.put("temporalEnd", state.temporalEnd());
		params.put("zones", Rows.array(state.spatialZones()));
		params.put("granularity", state.spatialGranularity());
		params.put("bbox", state.spatialBbox() == null ? null : state.spatialBbox().toArray(Double[]::new));
		params.put("organization", state.organizationId());
		params.put("owner", state.ownerId());
		params.put("contactName", state.contactName());
		params.put("contactEmail", state.contactEmail());
		params.put("accessType", state.accessType());
		params.put("accessReason", state.accessReason());
		params.put("badges", Rows.array(state.badges()));
		params.put("hvdCategories", Rows.array(state.hvdCategories()));
		params.put("private", state.isPrivate());
		params.put("archived", state.archived());
		return params;
	}

	/** A dataset row with its organization, before resources and owner names are added. */
	private record Row(UUID id, DatasetState state, Organization.Ref organization, Instant archived, Instant deleted,
			Instant created, Instant modified, Instant lastUpdate, int version, Origin origin) {
	}

	private List<Dataset> assemble(List<Row> rows) {
		Map<UUID, List<Resource>> byDataset = resources.byDataset(rows.stream().map(Row::id).toList());
		Set<UUID> owners = new HashSet<>();
		rows.stream().map(row -> row.state().ownerId()).filter(Objects::nonNull).forEach(owners::add);
		Map<UUID, String> ownerNames = accounts.displayNames(owners);
		List<Dataset> datasets = new ArrayList<>(rows.size());
		for (Row row : rows) {
			DatasetState s = row.state();
			datasets.add(new Dataset(row.id(), s.slug(), s.title(), s.acronym(), s.description(), s.tags(),
					s.themes().stream().map(code -> Coded.parse(Theme.class, code, "themes")).toList(),
					Coded.parse(License.class, s.license(), "license"),
					Coded.parse(Frequency.class, s.frequency(), "frequency"),
					s.temporalStart() == null && s.temporalEnd() == null ? null
							: new Dataset.Temporal(s.temporalStart(), s.temporalEnd()),
					new Dataset.Spatial(s.spatialZones(), s.spatialGranularity(), s.spatialBbox()), row.organization(),
					s.ownerId() == null ? null : new Dataset.Owner(s.ownerId(), ownerNames.get(s.ownerId())),
					s.contactName() == null && s.contactEmail() == null ? null
							: new Dataset.ContactPoint(s.contactName(), s.contactEmail()),
					Coded.parse(AccessType.class, s.accessType(), "access_type"), s.accessReason(),
					s.badges().stream().map(code -> Coded.parse(DatasetBadge.class, code, "badges")).toList(),
					s.hvdCategories().stream().map(code -> Coded.parse(HvdCategory.class, code, "hvd_categories")).toList(),
					s.isPrivate(), row.archived(), row.deleted(), row.created(), row.modified(), row.lastUpdate(),
					row.version(), byDataset.get(row.id()), row.origin()));
		}
		return datasets;
	}

	private static DatasetState state(ResultSet rs) throws SQLException {
		return new DatasetState(rs.getString("slug"), rs.getString("title"), rs.getString("acronym"),
				rs.getString("description"), Rows.strings(rs, "tags"), Rows.strings(rs, "themes"),
				rs.getString("license"), rs.getString("frequency"), rs.getObject("temporal_start", LocalDate.class),
				rs.getObject("temporal_end", LocalDate.class), Rows.strings(rs, "spatial_zones"),
				rs.getString("spatial_granularity"), Rows.doubles(rs, "spatial_bbox"), Rows.uuid(rs, "organization_id"), Rows.uuid(rs, "owner_id"),
				rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("access_type"),
				rs.getString("access_reason"), Rows.strings(rs, "badges"), Rows.strings(rs, "hvd_categories"),
				rs.getBoolean("private"),
				rs.getTimestamp("archived_at") != null);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		UUID organizationId = Rows.uuid(rs, "organization_id");
		return new Row(Rows.uuid(rs, "id"), state(rs),
				organizationId == null ? null
						: new Organization.Ref(organizationId, rs.getString("org_slug"), rs.getString("org_name"),
								rs.getString("org_acronym")),
				Rows.instant(rs, "archived_at"), Rows.instant(rs, "deleted_at"), Rows.instant(rs, "created_at"),
				Rows.instant(rs, "modified_at"), Rows.instant(rs, "last_update"), rs.getInt("version"), origin(rs));
	}

	private static Origin origin(ResultSet rs) throws SQLException {
		UUID source = Rows.uuid(rs, "origin_source_id");
		return source == null ? null
				: new Origin(source, rs.getString("origin_source_name"), rs.getString("origin_remote_id"),
						rs.getString("origin_page"));
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		return new Stored(Rows.uuid(rs, "id"), state(rs), rs.getInt("version"), rs.getTimestamp("deleted_at") != null,
				rs.getObject("origin_source_id") != null);
	}
}
