package org.datagora.harvest;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Memberships;
import org.datagora.identity.Role;
import org.datagora.identity.Viewer;
import org.datagora.web.FieldProblem;
import org.datagora.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Harvest sources: created and changed by administrators of their organization, accepted or
 * refused by a site administrator before they run. Anyone may read accepted sources; members of
 * the organization and site administrators also see the others.
 */
@Service
public class HarvestSources {

	private static final List<String> SCHEDULES = List.of("daily", "weekly");

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Memberships memberships;

	private final Protocols protocols;

	private final ObjectMapper json;

	HarvestSources(JdbcClient jdbc, Organizations organizations, Memberships memberships, Protocols protocols,
			ObjectMapper json) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.memberships = memberships;
		this.protocols = protocols;
		this.json = json;
	}

	@Transactional
	public HarvestSource create(HarvestSourceInput input) {
		Viewer viewer = signedIn();
		List<FieldProblem> problems = new ArrayList<>();
		if (input.organization() == null || input.organization().isBlank()) {
			problems.add(new FieldProblem("organization", "is required"));
		}
		required(problems, "name", input.name());
		required(problems, "url", input.url());
		required(problems, "protocol", input.protocol());
		check(problems, input);
		if (!problems.isEmpty()) {
			throw ProblemException.invalid(problems);
		}
		Organization organization = organizations.find(input.organization().strip())
			.orElseThrow(() -> ProblemException.invalid("organization", "unknown organization"));
		requireAdmin(viewer, organization.id());
		UUID id = UUID.randomUUID();
		// a site admin's own source needs no second look
		boolean accepted = viewer.siteAdmin();
		jdbc.sql("""
				insert into harvest_source (id, organization_id, name, url, protocol, options, schedule, grace_days,
				    validation, validated_by, validated_at, created_by)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)
				""")
			.params(id, organization.id(), input.name().strip(), input.url().strip(), input.protocol().strip(),
					optionsJson(input.options()), input.schedule(), input.graceDays() == null ? 7 : input.graceDays(),
					accepted ? "accepted" : "pending", accepted ? viewer.id() : null,
					accepted ? java.sql.Timestamp.from(Instant.now()) : null, viewer.id())
			.update();
		return find(id).orElseThrow();
	}

	/** Changes a source; a new URL or protocol needs a new validation (unless a site admin makes it). */
	@Transactional
	public HarvestSource update(UUID id, HarvestSourceInput input, Integer expectedVersion) {
		Viewer viewer = signedIn();
		HarvestSource current = lockVisible(id, viewer);
		requireAdmin(viewer, current.organizationId());
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw ProblemException.stale("Harvest source " + current.name());
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (input.name() != null && input.name().isBlank()) {
			problems.add(new FieldProblem("name", "is required"));
		}
		if (input.organization() != null) {
			problems.add(new FieldProblem("organization", "cannot change: create a source in the other organization"));
		}
		check(problems, input);
		if (!problems.isEmpty()) {
			throw ProblemException.invalid(problems);
		}
		String url = input.url() == null ? current.url() : input.url().strip();
		String protocol = input.protocol() == null ? current.protocol() : input.protocol().strip();
		boolean revalidate = !viewer.siteAdmin() && (!url.equals(current.url()) || !protocol.equals(current.protocol()));
		jdbc.sql("""
				update harvest_source set name = ?, url = ?, protocol = ?, options = cast(? as jsonb), schedule = ?,
				    grace_days = ?, validation = ?, version = version + 1
				where id = ?
				""")
			.params(input.name() == null ? current.name() : input.name().strip(), url, protocol,
					optionsJson(input.options() == null ? current.options() : input.options()),
					input.schedule() == null ? current.schedule() : input.schedule().isBlank() ? null : input.schedule(),
					input.graceDays() == null ? current.graceDays() : input.graceDays(),
					revalidate ? "pending" : current.validation(), id)
			.update();
		return find(id).orElseThrow();
	}

	/** Removes a source; the datasets it made stay, with their origin. */
	@Transactional
	public void delete(UUID id) {
		Viewer viewer = signedIn();
		HarvestSource current = lockVisible(id, viewer);
		requireAdmin(viewer, current.organizationId());
		jdbc.sql("update harvest_source set deleted_at = now(), version = version + 1 where id = ?").param(id).update();
	}

	/** A site administrator accepts or refuses a source, with a note for its organization. */
	@Transactional
	public HarvestSource validate(UUID id, boolean accepted, String note) {
		Viewer viewer = signedIn();
		if (!viewer.siteAdmin()) {
			throw ProblemException.forbidden("Only site administrators validate harvest sources");
		}
		lockVisible(id, viewer);
		jdbc.sql("""
				update harvest_source set validation = ?, validation_note = ?, validated_by = ?, validated_at = now(),
				    version = version + 1
				where id = ?
				""").params(accepted ? "accepted" : "refused", note, viewer.id(), id).update();
		return find(id).orElseThrow();
	}

	/** The source if the viewer may see it. */
	public HarvestSource get(UUID id) {
		HarvestSource source = find(id).orElseThrow(() -> ProblemException.notFound("Harvest source " + id));
		if (!source.accepted() && !canManage(Viewer.current().orElse(null), source.organizationId(), false)) {
			throw ProblemException.notFound("Harvest source " + id);
		}
		return source;
	}

	/** Sources of an organization (or all), those the viewer may see, newest first. */
	public List<HarvestSource> list(UUID organizationId) {
		Viewer viewer = Viewer.current().orElse(null);
		return jdbc.sql("select * from harvest_source where deleted_at is null"
				+ " and (cast(? as uuid) is null or organization_id = ?) order by created_at desc limit 500")
			.params(organizationId, organizationId)
			.query(this::source)
			.list()
			.stream()
			.filter(source -> source.accepted() || canManage(viewer, source.organizationId(), false))
			.toList();
	}

	/** Sources waiting for a site administrator. */
	public List<HarvestSource> pending() {
		return jdbc.sql("select * from harvest_source where deleted_at is null and validation = 'pending'"
				+ " order by created_at").query(this::source).list();
	}

	/** Whether the viewer may run, preview and change the sources of the organization. */
	public boolean canManage(Viewer viewer, UUID organizationId, boolean adminOnly) {
		if (viewer == null) {
			return false;
		}
		if (viewer.siteAdmin()) {
			return true;
		}
		Optional<Role> role = memberships.roleOf(viewer.id(), organizationId);
		return adminOnly ? role.filter(Role.ADMIN::equals).isPresent() : role.isPresent();
	}

	Optional<HarvestSource> find(UUID id) {
		return jdbc.sql("select * from harvest_source where id = ? and deleted_at is null")
			.param(id)
			.query(this::source)
			.optional();
	}

	private HarvestSource lockVisible(UUID id, Viewer viewer) {
		HarvestSource source = jdbc.sql("select * from harvest_source where id = ? and deleted_at is null for update")
			.param(id)
			.query(this::source)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("Harvest source " + id));
		if (!source.accepted() && !canManage(viewer, source.organizationId(), false)) {
			throw ProblemException.notFound("Harvest source " + id);
		}
		return source;
	}

	private void requireAdmin(Viewer viewer, UUID organizationId) {
		if (!canManage(viewer, organizationId, true)) {
			throw ProblemException.forbidden("Only administrators of the organization manage its harvest sources");
		}
	}

	private static Viewer signedIn() {
		return Viewer.current().orElseThrow(ProblemException::unauthorized);
	}

	private static void required(List<FieldProblem> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
		}
	}

	private void check(List<FieldProblem> problems, HarvestSourceInput input) {
		if (input.name() != null && input.name().length() > 200) {
			problems.add(new FieldProblem("name", "is longer than 200 characters"));
		}
		if (input.url() != null && !input.url().isBlank()) {
			try {
				URI url = new URI(input.url().strip());
				if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())
						|| url.getHost() == null) {
					problems.add(new FieldProblem("url", "must be an http or https address"));
				}
			}
			catch (java.net.URISyntaxException e) {
				problems.add(new FieldProblem("url", "is not a valid address"));
			}
		}
		if (input.protocol() != null && !input.protocol().isBlank() && protocols.find(input.protocol().strip()).isEmpty()) {
			problems.add(new FieldProblem("protocol", "unknown protocol; accepted: " + String.join(", ", protocols.codes())));
		}
		if (input.schedule() != null && !input.schedule().isBlank() && !SCHEDULES.contains(input.schedule())) {
			problems.add(new FieldProblem("schedule", "must be daily, weekly or empty"));
		}
		if (input.graceDays() != null && (input.graceDays() < 0 || input.graceDays() > 365)) {
			problems.add(new FieldProblem("grace_days", "must be between 0 and 365"));
		}
		if (input.options() != null && (input.options().size() > 10 || input.options()
			.entrySet()
			.stream()
			.anyMatch(entry -> entry.getKey().length() > 50 || entry.getValue() == null || entry.getValue().length() > 500))) {
			problems.add(new FieldProblem("options", "at most 10 options, names up to 50 characters, values up to 500"));
		}
	}

	private String optionsJson(Map<String, String> options) {
		return json.writeValueAsString(options == null ? Map.of() : new LinkedHashMap<>(options));
	}

	private HarvestSource source(ResultSet rs, int n) throws SQLException {
		Map<String, String> options = json.readValue(rs.getString("options"), new TypeReference<Map<String, String>>() {
		});
		return new HarvestSource(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("name"), rs.getString("url"), rs.getString("protocol"), options, rs.getString("schedule"),
				rs.getInt("grace_days"), rs.getString("validation"), rs.getString("validation_note"),
				instant(rs, "validated_at"), instant(rs, "created_at"), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
