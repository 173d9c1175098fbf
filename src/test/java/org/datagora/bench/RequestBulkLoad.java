package org.datagora.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.Organizations;
import org.datagora.geo.GeoZones;
import org.datagora.identity.Accounts;
import org.datagora.identity.Viewer;
import org.datagora.requests.RefusalReason;
import org.datagora.requests.RequestStatus;
import org.datagora.requests.RequesterType;
import org.datagora.search.SearchReindex;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes COUNT data requests into the embedded PostgreSQL of a data directory, with their
 * timelines, support and comments, then builds the search index from them (the rebuild of the
 * search module). Titles, places and organizations come from {@link SyntheticCatalog}: a request
 * asks for what a French portal publishes. Rows are written with SQL in batches, not through the
 * service: a service would rate-limit the bench's few accounts, and what is measured is search.
 * Run by bench/opening.sh; not a test.
 *
 * Arguments: data directory, number of requests, file to write the searches to (API paths).
 */
public final class RequestBulkLoad {

	private static final int BATCH = 1000;

	private static final long SEED = 7;

	private static final RequestStatus[] STATUSES = RequestStatus.values();

	/** Where requests stand, in the order of {@link RequestStatus}: submitted first. */
	private static final int[] STATUS_WEIGHTS = { 25, 3, 15, 15, 15, 5, 12, 10 };

	private final Random random = new Random(SEED);

	private final JdbcTemplate jdbc;

	private final List<UUID> people;

	/** Rows written: timeline steps, supports, comments. */
	private long events;

	private long supports;

	private long comments;

	private RequestBulkLoad(JdbcTemplate jdbc, List<UUID> people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	public static void main(String[] args) throws IOException {
		Path dataDirectory = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		Path searchesFile = Path.of(args[2]);
		try (ConfigurableApplicationContext context = BulkLoadBench.portal(dataDirectory)) {
			Viewer admin = context.getBean(Accounts.class)
				.ensureSiteAdmin("bench@example.org", "Bench", "a long benchmark password");
			var catalog = new SyntheticCatalog(context.getBean(GeoZones.class), SEED,
					Math.max(60, Math.min(3000, count / 300)));
			Organizations organizations = context.getBean(Organizations.class);
			List<String> organizationIds = admin.act(() -> catalog.organizations()
				.stream()
				.map(input -> organizations.create(input).id().toString())
				.toList());
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			var load = new RequestBulkLoad(jdbc, accounts(jdbc, Math.max(100, count / 20)));

			long start = System.nanoTime();
			for (int done = 0; done < count; done += BATCH) {
				List<DatasetInput> wanted = new ArrayList<>();
				for (int i = done; i < Math.min(count, done + BATCH); i++) {
					wanted.add(catalog.next(organizationIds).dataset());
				}
				load.write(wanted);
			}
			double writing = seconds(start);
			System.out.printf("requests: %d written with %d timeline steps, %d supports and %d comments in %.1f s: "
					+ "%.0f requests/s%n", count, load.events, load.supports, load.comments, writing, count / writing);

			start = System.nanoTime();
			SearchReindex.Progress rebuilt = context.getBean(SearchReindex.class).run();
			System.out.printf("requests: search index rebuilt (%s) in %.1f s%n", rebuilt.state(), seconds(start));

			List<String> searches = new ArrayList<>();
			for (SyntheticCatalog.Search search : catalog.searches(1000)) {
				searches.add(load.path(search));
			}
			Files.write(searchesFile, searches);
		}
	}

	/** Accounts that ask, support and comment (they never sign in: their password cannot match). */
	private static List<UUID> accounts(JdbcTemplate jdbc, int count) {
		List<UUID> ids = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			rows.add(new Object[] { id, "requester-" + i + "@example.org", "Demandeur " + i });
		}
		jdbc.batchUpdate("insert into account (id, email, display_name, password_hash) values (?, ?, ?, 'none')",
				rows);
		return ids;
	}

	/** One batch: the requests, every step of their timelines, their supporters and comments. */
	private void write(List<DatasetInput> wanted) {
		List<Object[]> requests = new ArrayList<>();
		List<Object[]> steps = new ArrayList<>();
		List<Object[]> supporters = new ArrayList<>();
		List<Object[]> discussion = new ArrayList<>();
		Instant now = Instant.now();
		for (DatasetInput data : wanted) {
			UUID id = UUID.randomUUID();
			UUID requester = pick(people);
			// one in ten requesters does not know who holds the data, and a site admin has not assigned it
			String organization = random.nextInt(10) == 0 ? null : data.organization();
			RequestStatus status = organization == null ? (random.nextInt(5) == 0 ? RequestStatus.WITHDRAWN
					: RequestStatus.SUBMITTED) : status();
			Instant submitted = now.minus(Duration.ofMinutes(random.nextInt(730 * 24 * 60)));
			Instant answered = status.answers() ? submitted.plus(Duration.ofDays(1 + random.nextInt(50))) : null;
			Instant changed = answered == null ? submitted : answered.plus(Duration.ofDays(random.nextInt(30)));
			List<RequestStatus> path = steps(status);
			int support = supporters();
			requests.add(new Object[] { id, data.title(), data.description(),
					"Pour une application qui aide les habitants.", pick(RequesterType.values()).code(), requester,
					organization == null ? null : UUID.fromString(organization), data.spatial().zones().get(0),
					data.themes().isEmpty() ? null : data.themes().get(0), status.code(), at(submitted), at(changed),
					organization == null ? null : at(submitted), at(answered),
					status == RequestStatus.PLANNED ? Date.valueOf(LocalDate.now().plusDays(1 + random.nextInt(400))) : null,
					status == RequestStatus.REFUSED ? pick(RefusalReason.values()).code() : null, support,
					path.size() });
			for (int version = 1; version <= path.size(); version++) {
				Instant at = version == 1 ? submitted : version == 2 && answered != null ? answered : changed;
				steps.add(new Object[] { id, version, at(at), version == 1 ? requester : pick(people),
						path.get(version - 1).code(), organization == null ? null : UUID.fromString(organization) });
			}
			Set<UUID> supporting = new LinkedHashSet<>();
			while (supporting.size() < support) {
				supporting.add(pick(people));
			}
			supporting.forEach(account -> supporters.add(new Object[] { id, account, at(submitted) }));
			if (random.nextInt(5) == 0) {
				for (int i = random.nextInt(3); i >= 0; i--) {
					discussion.add(new Object[] { UUID.randomUUID(), id, pick(people),
							"Ces données seraient très utiles, merci.", at(submitted.plus(Duration.ofHours(i + 1))) });
				}
			}
		}
		jdbc.batchUpdate("""
				insert into data_request (id, title, description, use_case, requester_type, requester_id,
				    organization_id, zone_id, theme, status, submitted_at, status_changed_at, received_at,
				    first_answer_at, planned_for, refusal_reason, support_count, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", requests);
		jdbc.batchUpdate("""
				insert into request_event (request_id, version, at, actor_id, status, organization_id)
				values (?, ?, ?, ?, ?, ?)
				""", steps);
		jdbc.batchUpdate("insert into request_support (request_id, account_id, at) values (?, ?, ?)", supporters);
		jdbc.batchUpdate("""
				insert into request_comment (id, request_id, author_id, body, created_at) values (?, ?, ?, ?, ?)
				""", discussion);
		jdbc.batchUpdate("""
				update data_request set comment_count = comment_count + 1 where id = ?
				""", discussion.stream().map(comment -> new Object[] { comment[1] }).toList());
		events += steps.size();
		supports += supporters.size();
		comments += discussion.size();
	}

	private RequestStatus status() {
		int x = random.nextInt(100);
		for (int i = 0; i < STATUSES.length; i++) {
			x -= STATUS_WEIGHTS[i];
			if (x < 0) {
				return STATUSES[i];
			}
		}
		return RequestStatus.SUBMITTED;
	}

	/** The steps that lead to {@code status}: submitted, then an acknowledgement for most answers. */
	private static List<RequestStatus> steps(RequestStatus status) {
		return switch (status) {
			case SUBMITTED -> List.of(RequestStatus.SUBMITTED);
			case ACKNOWLEDGED, REDIRECTED, WITHDRAWN, REFUSED, ALREADY_OPEN -> List.of(RequestStatus.SUBMITTED, status);
			case PLANNED -> List.of(RequestStatus.SUBMITTED, RequestStatus.ACKNOWLEDGED, status);
			case PUBLISHED -> List.of(RequestStatus.SUBMITTED, RequestStatus.ACKNOWLEDGED, RequestStatus.PLANNED, status);
		};
	}

	/** Most requests have no support; a few have many (up to 55). */
	private int supporters() {
		return random.nextInt(10) < 6 ? 0
				: Math.min(people.size() / 2, (int) Math.round(Math.exp(random.nextDouble() * 4)));
	}

	/** A search of requests with the words of a dataset search: all the facets, sometimes a filter or a sort. */
	private String path(SyntheticCatalog.Search search) {
		int kind = random.nextInt(10);
		return "/api/1/requests?q=" + URLEncoder.encode(search.q(), StandardCharsets.UTF_8)
				+ "&facets=all&page_size=20" + (search.geozone() == null ? "" : "&geozone=" + search.geozone())
				+ (kind == 0 ? "&status=planned" : kind == 1 ? "&status=submitted" : "")
				+ (kind == 2 ? "&sort=-support" : kind == 3 ? "&sort=-created" : "");
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static Timestamp at(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}
}
