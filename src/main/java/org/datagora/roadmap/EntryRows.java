package org.datagora.roadmap;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of roadmap entries. Rows are read with their lateness on today (computed by
 * {@link RoadmapStatus#LATE_SQL}, never stored), and their organizations are attached in one
 * query per list.
 */
@Component
class EntryRows {

	private static final String SELECT = "select *, " + RoadmapStatus.LATE_SQL + " as late from roadmap_entry";

	private static final Map<String, String> SORTS = Map.of("target_date", "target_date nulls last, id",
			"-target_date", "target_date desc nulls last, id", "created", "created_at, id", "-created",
			"created_at desc, id");

	static final String DEFAULT_SORT = "target_date";

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final RoadmapClock clock;

	EntryRows(JdbcClient jdbc, Organizations organizations, RoadmapClock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
	}

	static boolean knownSort(String sort) {
		return SORTS.containsKey(sort);
	}

	/** The entry, neither declined nor abandoned, that keeps {@code source} as its origin. */
	Optional<UUID> liveFromSource(String source) {
		return jdbc.sql("select id from roadmap_entry where source = ? and status not in ('declined', 'abandoned') limit 1")
			.param(source)
			.query(UUID.class)
			.optional();
	}

	/** What is written of a new entry. */
	record NewEntry(UUID id, UUID organizationId, String title, String description, String impact,
			RoadmapStatus status, LocalDate targetDate, String source, UUID createdBy, Instant at) {
	}

	void insert(NewEntry entry) {
		jdbc.sql("""
				insert into roadmap_entry (id, organization_id, title, description, impact, status, target_date,
				    committed_date, source, created_by, created_at, modified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(entry.id(), entry.organizationId(), entry.title(), entry.description(), entry.impact(),
					entry.status().code(), date(entry.targetDate()), date(entry.targetDate()), entry.source(),
					entry.createdBy(), Timestamp.from(entry.at()), Timestamp.from(entry.at()))
			.update();
	}

	/** The entry, locked until the transaction ends; its organization is known by id only. */
	Optional<RoadmapEntry> lock(UUID id) {
		return one(id, " for update");
	}

	Optional<RoadmapEntry> find(UUID id) {
		return one(id, "").map(entry -> withOrganizations(List.of(entry)).get(0));
	}

	private Optional<RoadmapEntry> one(UUID id, String lock) {
		return jdbc.sql(SELECT + " where id = :id" + lock)
			.param("id", id)
			.param("today", date(clock.today()))
			.query(EntryRows::entry)
			.optional();
	}

	void updateTexts(UUID id, String title, String description, String impact, Instant at) {
		jdbc.sql("""
				update roadmap_entry set title = ?, description = ?, impact = ?, modified_at = ?, version = version + 1
				where id = ?
				""").params(title, description, impact, Timestamp.from(at), id).update();
	}

	/** What a move writes; the first target date an entry gets is kept as its commitment. */
	record Move(RoadmapStatus status, LocalDate targetDate, LocalDate openedOn, UUID datasetId, String reason,
			Instant at) {
	}

	void move(UUID id, Move move) {
		jdbc.sql("""
				update roadmap_entry set status = ?, target_date = ?, committed_date = coalesce(committed_date, ?),
				    opened_on = ?, dataset_id = ?, reason = ?, modified_at = ?, version = version + 1
				where id = ?
				""")
			.params(move.status().code(), date(move.targetDate()), date(move.targetDate()), date(move.openedOn()),
					move.datasetId(), move.reason(), Timestamp.from(move.at()), id)
			.update();
	}

	void addSupporters(UUID id, int delta) {
		jdbc.sql("update roadmap_entry set supporters = supporters + ? where id = ?").params(delta, id).update();
	}

	record Page(List<RoadmapEntry> entries, long total) {
	}

	Page list(UUID organizationId, RoadmapStatus status, Boolean late, String sort, int limit, long offset) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		params.put("today", date(clock.today()));
		if (organizationId != null) {
			where.append(" and organization_id = :organization");
			params.put("organization", organizationId);
		}
		if (status != null) {
			where.append(" and status = :status");
			params.put("status", status.code());
		}
		if (late != null) {
			where.append(late ? " and " : " and not ").append(RoadmapStatus.LATE_SQL);
		}
		List<RoadmapEntry> entries = jdbc.sql(SELECT + where + " order by " + SORTS.get(sort)
				+ " limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(EntryRows::entry)
			.list();
		long total = jdbc.sql("select count(*) from roadmap_entry" + where).params(params).query(Long.class).single();
		return new Page(withOrganizations(entries), total);
	}

	/** Every entry of an organization, soonest target first, proposals last. */
	List<RoadmapEntry> ofOrganization(UUID organizationId) {
		return withOrganizations(jdbc.sql(SELECT + " where organization_id = :organization order by "
				+ SORTS.get(DEFAULT_SORT))
			.param("organization", organizationId)
			.param("today", date(clock.today()))
			.query(EntryRows::entry)
			.list());
	}

	/**
	 * Every entry (or those of an organization) by organization and target date, to {@code each}
	 * in batches: an export does not hold the whole roadmap of the country in memory.
	 */
	void forEach(UUID organizationId, int batch, Consumer<RoadmapEntry> each) {
		LocalDate today = clock.today();
		UUID after = null;
		while (true) {
			List<RoadmapEntry> entries = withOrganizations(jdbc.sql(SELECT + """
					 where (cast(:organization as uuid) is null or organization_id = :organization)
					   and (cast(:after as uuid) is null or id > :after)
					 order by id limit :limit
					""")
				.param("organization", organizationId)
				.param("after", after)
				.param("limit", batch)
				.param("today", date(today))
				.query(EntryRows::entry)
				.list());
			entries.forEach(each);
			if (entries.size() < batch) {
				return;
			}
			after = entries.get(entries.size() - 1).id();
		}
	}

	private List<RoadmapEntry> withOrganizations(List<RoadmapEntry> entries) {
		Map<UUID, Organization> found = organizations
			.findAll(entries.stream().map(entry -> entry.organization().id()).distinct().toList());
		return entries.stream().map(entry -> {
			Organization organization = found.get(entry.organization().id());
			return organization == null ? entry : new RoadmapEntry(entry.id(), organization.ref(), entry.title(),
					entry.description(), entry.impact(), entry.status(), entry.late(), entry.targetDate(),
					entry.committedDate(), entry.openedOn(), entry.datasetId(), entry.reason(), entry.source(),
					entry.supporters(), entry.createdBy(), entry.createdAt(), entry.modifiedAt(), entry.version());
		}).toList();
	}

	private static RoadmapEntry entry(ResultSet rs, int row) throws SQLException {
		return new RoadmapEntry(rs.getObject("id", UUID.class),
				new Organization.Ref(rs.getObject("organization_id", UUID.class), null, null, null),
				rs.getString("title"), rs.getString("description"), rs.getString("impact"),
				RoadmapStatus.fromCode(rs.getString("status"), "status"), rs.getBoolean("late"),
				localDate(rs, "target_date"), localDate(rs, "committed_date"), localDate(rs, "opened_on"),
				rs.getObject("dataset_id", UUID.class), rs.getString("reason"), rs.getString("source"),
				rs.getInt("supporters"), rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("modified_at").toInstant(), rs.getInt("version"));
	}

	static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}
}
