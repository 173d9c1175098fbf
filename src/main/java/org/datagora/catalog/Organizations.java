package org.datagora.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.datagora.identity.Memberships;
import org.datagora.identity.Role;
import org.datagora.identity.Viewer;
import org.datagora.web.FieldProblem;
import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Create, change, delete and read organizations; their creator becomes their first admin. */
@Service
public class Organizations {

	private static final String COLUMNS = """
			id, slug, name, acronym, description, logo_url, website, type, siret, badges, created_at, modified_at, version
			""";

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final Memberships memberships;

	private final ApplicationEventPublisher events;

	private final CatalogCounts counts;

	private final DatasetReadCache readCache;

	Organizations(JdbcClient jdbc, Permissions permissions, Memberships memberships, ApplicationEventPublisher events,
			CatalogCounts counts, DatasetReadCache readCache) {
		this.counts = counts;
		this.readCache = readCache;
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.memberships = memberships;
		this.events = events;
	}

	@Transactional
	public Organization create(OrganizationInput input) {
		Viewer viewer = permissions.signedIn();
		Checks checks = validate(input, true);
		OrganizationType type = checks.parse(() -> Coded.parse(OrganizationType.class, input.type(), "type"));
		List<OrganizationBadge> badges = badges(input.badges(), checks);
		checks.throwIfAny();
		if (!badges.isEmpty()) {
			permissions.requireSiteAdmin(viewer, "badges");
		}
		String slug = slugFor(input.slug(), input.name(), null);
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		jdbc.sql("""
				insert into organization (id, slug, name, acronym, description, logo_url, website, type, siret, badges,
				                          created_at, modified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, slug, input.name().strip(), Checks.blankToNull(input.acronym()), Objects.toString(input.description(), ""),
					Checks.blankToNull(input.logoUrl()), Checks.blankToNull(input.website()), type.code(), Checks.blankToNull(input.siret()),
					codes(badges), Rows.timestamp(now), Rows.timestamp(now))
			.update();
		memberships.put(id, viewer.id(), Role.ADMIN);
		events.publishEvent(new OrganizationChanged(id, "created"));
		counts.changed();
		return get(id.toString());
	}

	@Transactional
	public Organization update(String idOrSlug, OrganizationInput input, Integer expectedVersion) {
		Viewer viewer = permissions.signedIn();
		Organization current = lockForUpdate(idOrSlug);
		permissions.requireAdmin(viewer, current.id());
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw ProblemException.stale("Organization " + current.slug());
		}
		Checks checks = validate(input, false);
		OrganizationType type = input.type() == null ? current.type()
				: checks.parse(() -> Coded.parse(OrganizationType.class, input.type(), "type"));
		List<OrganizationBadge> badges = input.badges() == null ? current.badges() : badges(input.badges(), checks);
		checks.throwIfAny();
		if (!Objects.equals(badges, current.badges())) {
			permissions.requireSiteAdmin(viewer, "badges");
		}
		String slug = input.slug() == null || input.slug().equals(current.slug()) ? current.slug()
				: slugFor(input.slug(), null, current.id());
		jdbc.sql("""
				update organization set slug = ?, name = ?, acronym = ?, description = ?, logo_url = ?, website = ?,
				       type = ?, siret = ?, badges = ?, modified_at = now(), version = version + 1
				where id = ?
				""")
			.params(slug, input.name() == null ? current.name() : input.name().strip(),
					Checks.keep(input.acronym(), current.acronym()), input.description() == null ? current.description()
							: input.description(),
					Checks.keep(input.logoUrl(), current.logoUrl()), Checks.keep(input.website(), current.website()), type.code(),
					Checks.keep(input.siret(), current.siret()), codes(badges), current.id())
			.update();
		events.publishEvent(new OrganizationChanged(current.id(), "updated"));
		readCache.forgetAllAfterCommit();
		return get(current.id().toString());
	}

	/** Soft delete; refused while the organization still publishes datasets. */
	@Transactional
	public void delete(String idOrSlug) {
		Viewer viewer = permissions.signedIn();
		Organization current = lockForUpdate(idOrSlug);
		permissions.requireAdmin(viewer, current.id());
		long datasets = jdbc.sql("select count(*) from dataset where organization_id = ? and deleted_at is null")
			.param(current.id())
			.query(Long.class)
			.single();
		if (datasets > 0) {
			throw ProblemException.conflict("The organization still publishes " + datasets
					+ " dataset(s): delete them or move them to another organization first");
		}
		jdbc.sql("update organization set deleted_at = now(), version = version + 1 where id = ?")
			.param(current.id())
			.update();
		events.publishEvent(new OrganizationChanged(current.id(), "deleted"));
		counts.changed();
	}

	public Organization get(String idOrSlug) {
		return find(idOrSlug).orElseThrow(() -> ProblemException.notFound("Organization " + idOrSlug));
	}

	public Optional<Organization> find(String idOrSlug) {
		UUID id = Rows.parseUuid(idOrSlug);
		return jdbc.sql("select " + COLUMNS + " from organization where " + (id != null ? "id = ?" : "slug = ?")
				+ " and deleted_at is null")
			.param(id != null ? id : idOrSlug)
			.query(Organizations::organization)
			.optional();
	}

	public Map<UUID, Organization> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + COLUMNS + " from organization where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(Organizations::organization)
			.list()
			.stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
	}

	public record Listing(List<Organization> organizations, long total) {
	}

	/** Organizations by name, optionally those whose name or acronym contains {@code q}. */
	public Listing list(String q, PageRequest page) {
		String where = "deleted_at is null" + (q == null || q.isBlank() ? ""
				: " and (name ilike :q or acronym ilike :q)");
		String pattern = Rows.containing(q == null ? "" : q);
		var query = jdbc.sql("select " + COLUMNS + " from organization where " + where
				+ " order by lower(name) limit :limit offset :offset")
			.param("limit", page.pageSize())
			.param("offset", page.offset());
		var count = jdbc.sql("select count(*) from organization where " + where);
		if (q != null && !q.isBlank()) {
			query = query.param("q", pattern);
			count = count.param("q", pattern);
		}
		return new Listing(query.query(Organizations::organization).list(), count.query(Long.class).single());
	}

	/** Every organization by name, in short: what a form offers to choose from. */
	public List<Organization.Ref> refs() {
		return jdbc.sql("select id, slug, name, acronym from organization where deleted_at is null order by lower(name)")
			.query((rs, n) -> new Organization.Ref(Rows.uuid(rs, "id"), rs.getString("slug"), rs.getString("name"),
					rs.getString("acronym")))
			.list();
	}

	Organization lockForUpdate(String idOrSlug) {
		Organization current = get(idOrSlug);
		jdbc.sql("select 1 from organization where id = ? for update").param(current.id()).query(Integer.class).single();
		return get(current.id().toString());
	}

	private String slugFor(String requested, String name, UUID self) {
		if (requested != null && !requested.isBlank()) {
			if (slugTaken(requested, self)) {
				throw new ProblemException(HttpStatus.CONFLICT, "The slug '" + requested + "' is already used",
						List.of(new FieldProblem("slug", "is already used by another organization")));
			}
			return requested;
		}
		return Slugs.unique(Slugs.slugify(name), candidate -> slugTaken(candidate, self));
	}

	private boolean slugTaken(String slug, UUID self) {
		return jdbc.sql("select count(*) from organization where slug = ? and id is distinct from ?")
			.params(slug, self)
			.query(Long.class)
			.single() > 0;
	}

	private static Checks validate(OrganizationInput input, boolean creating) {
		Checks checks = new Checks();
		if (creating || input.name() != null) {
			checks.required("name", input.name(), 200);
		}
		if (creating && input.type() == null) {
			checks.add("type", "is required");
		}
		checks.slug("slug", input.slug());
		checks.maxLength("acronym", input.acronym(), 30);
		checks.maxLength("description", input.description(), 20_000);
		checks.httpUrl("logo_url", input.logoUrl());
		checks.httpUrl("website", input.website());
		if (input.siret() != null && !input.siret().isBlank() && !input.siret().strip().matches("\\d{14}")) {
			checks.add("siret", "must be 14 digits");
		}
		return checks;
	}

	private static List<OrganizationBadge> badges(List<String> codes, Checks checks) {
		List<OrganizationBadge> badges = new ArrayList<>();
		for (String code : codes == null ? List.<String>of() : codes) {
			OrganizationBadge badge = checks.parse(() -> Coded.parse(OrganizationBadge.class, code, "badges"));
			if (badge != null && !badges.contains(badge)) {
				badges.add(badge);
			}
		}
		return badges;
	}

	private static String[] codes(List<? extends Coded> values) {
		return values.stream().map(Coded::code).toArray(String[]::new);
	}

	static Organization organization(ResultSet rs, int row) throws SQLException {
		return new Organization(Rows.uuid(rs, "id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("acronym"), rs.getString("description"), rs.getString("logo_url"), rs.getString("website"),
				Coded.parse(OrganizationType.class, rs.getString("type"), "type"), rs.getString("siret"),
				Rows.codes(rs, "badges", code -> Coded.parse(OrganizationBadge.class, code, "badges")),
				Rows.instant(rs, "created_at"), Rows.instant(rs, "modified_at"), rs.getInt("version"));
	}
}
