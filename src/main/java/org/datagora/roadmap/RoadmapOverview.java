package org.datagora.roadmap;

import java.text.Collator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The national overview: every organization's roadmap in figures, side by side, the openings of
 * each month and the next deadlines. Aggregated in SQL, then kept for the day until a roadmap
 * changes on this node (at most a minute for changes made on other nodes): the overview is read
 * far more often than roadmaps change.
 */
@Service
public class RoadmapOverview {

	private static final int DEADLINES = 10;

	private static final String UNDER_WAY = RoadmapStatus.UNDER_WAY.stream()
		.map(status -> "'" + status.code() + "'")
		.collect(Collectors.joining(", "));

	/**
	 * The entries of a roadmap by status; late ones are also counted in their status.
	 *
	 * @param openedOnTime opened on or before the first date committed to
	 * @param nextDeadline the soonest target date, today or later, of an entry under way
	 */
	public record Figures(long proposed, long planned, long inProgress, long postponed, long opened,
			long openedOnTime, long late, long abandoned, LocalDate nextDeadline) {

		/** The share of openings on time, from 0 to 1; null before the first opening. */
		@JsonProperty("on_time_rate")
		public Double onTimeRate() {
			return opened == 0 ? null : (double) openedOnTime / opened;
		}

		/** The on-time rate in whole percents, for people; null before the first opening. */
		public Long onTimePercent() {
			return opened == 0 ? null : Math.round(100.0 * openedOnTime / opened);
		}

		Figures plus(Figures other) {
			LocalDate deadline = nextDeadline == null ? other.nextDeadline
					: other.nextDeadline == null || nextDeadline.isBefore(other.nextDeadline) ? nextDeadline
							: other.nextDeadline;
			return new Figures(proposed + other.proposed, planned + other.planned, inProgress + other.inProgress,
					postponed + other.postponed, opened + other.opened, openedOnTime + other.openedOnTime,
					late + other.late, abandoned + other.abandoned, deadline);
		}
	}

	public record OrganizationFigures(Organization.Ref organization, Figures figures) {
	}

	/** The datasets opened in a month, and since the first opening. */
	public record Month(YearMonth month, long opened, long cumulative) {
	}

	public record Deadline(UUID entryId, String title, Organization.Ref organization, LocalDate targetDate,
			RoadmapStatus status) {
	}

	/**
	 * @param openings every month from the first opening to this one
	 * @param nextDeadlines the entries under way due soonest, today or later
	 */
	public record Overview(LocalDate today, Figures total, List<OrganizationFigures> organizations,
			List<Month> openings, List<Deadline> nextDeadlines) {
	}

	private record Key(LocalDate today, long generation) {
	}

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final RoadmapClock clock;

	/** Moves on after each commit that changed a roadmap: an overview computed before is never served again. */
	private final AtomicLong generation = new AtomicLong();

	private final Cache<Key, Overview> recent = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(4)
		.build();

	RoadmapOverview(JdbcClient jdbc, Organizations organizations, RoadmapClock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
	}

	public Overview get() {
		return recent.get(new Key(clock.today(), generation.get()), key -> compute(key.today()));
	}

	/** The figures of one organization's roadmap, empty when it has none. */
	public Optional<Figures> of(UUID organizationId) {
		return get().organizations()
			.stream()
			.filter(row -> row.organization().id().equals(organizationId))
			.map(OrganizationFigures::figures)
			.findFirst();
	}

	/** A roadmap changed in the current transaction: the overview is computed again once it commits. */
	void changed() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				generation.incrementAndGet();
			}
		});
	}

	private Overview compute(LocalDate today) {
		Map<UUID, Figures> byOrganization = jdbc.sql("""
				select organization_id,
				       count(*) filter (where status = 'proposed') as proposed,
				       count(*) filter (where status = 'planned') as planned,
				       count(*) filter (where status = 'in_progress') as in_progress,
				       count(*) filter (where status = 'postponed') as postponed,
				       count(*) filter (where status = 'opened') as opened,
				       count(*) filter (where status = 'opened' and opened_on <= committed_date) as opened_on_time,
				       count(*) filter (where %s) as late,
				       count(*) filter (where status = 'abandoned') as abandoned,
				       min(target_date) filter (where status in (%s) and target_date >= :today) as next_deadline
				from roadmap_entry group by organization_id
				""".formatted(RoadmapStatus.LATE_SQL, UNDER_WAY))
			.param("today", EntryRows.date(today))
			.query((rs, n) -> Map.entry(rs.getObject("organization_id", UUID.class),
					new Figures(rs.getLong("proposed"), rs.getLong("planned"), rs.getLong("in_progress"),
							rs.getLong("postponed"), rs.getLong("opened"), rs.getLong("opened_on_time"),
							rs.getLong("late"), rs.getLong("abandoned"), EntryRows.localDate(rs, "next_deadline"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Deadline> deadlines = jdbc.sql("""
				select id, title, organization_id, target_date, status from roadmap_entry
				where status in (%s) and target_date >= :today
				order by target_date, id limit :limit
				""".formatted(UNDER_WAY))
			.param("today", EntryRows.date(today))
			.param("limit", DEADLINES)
			.query((rs, n) -> new Deadline(rs.getObject("id", UUID.class), rs.getString("title"),
					new Organization.Ref(rs.getObject("organization_id", UUID.class), null, null, null),
					EntryRows.localDate(rs, "target_date"), RoadmapStatus.fromCode(rs.getString("status"), "status")))
			.list();
		Map<UUID, Organization> names = organizations.findAll(byOrganization.keySet());
		Collator french = Collator.getInstance(Locale.FRENCH);
		List<OrganizationFigures> rows = byOrganization.entrySet()
			.stream()
			.filter(entry -> names.containsKey(entry.getKey()))
			.map(entry -> new OrganizationFigures(names.get(entry.getKey()).ref(), entry.getValue()))
			.sorted(Comparator.comparing(row -> row.organization().name(), french))
			.toList();
		Figures total = rows.stream()
			.map(OrganizationFigures::figures)
			.reduce(new Figures(0, 0, 0, 0, 0, 0, 0, 0, null), Figures::plus);
		return new Overview(today, total, rows, openings(today), deadlines.stream()
			.filter(deadline -> names.containsKey(deadline.organization().id()))
			.map(deadline -> new Deadline(deadline.entryId(), deadline.title(),
					names.get(deadline.organization().id()).ref(), deadline.targetDate(), deadline.status()))
			.toList());
	}

	/** The openings of every month from the first one to today's month, months without any included. */
	private List<Month> openings(LocalDate today) {
		Map<YearMonth, Long> perMonth = jdbc.sql("""
				select date_trunc('month', opened_on)::date as month, count(*) as opened from roadmap_entry
				where status = 'opened' group by 1
				""")
			.query((rs, n) -> Map.entry(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("opened")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Month> months = new ArrayList<>();
		if (perMonth.isEmpty()) {
			return months;
		}
		long cumulative = 0;
		YearMonth last = YearMonth.from(today);
		for (YearMonth month = perMonth.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
				!month.isAfter(last); month = month.plusMonths(1)) {
			long opened = perMonth.getOrDefault(month, 0L);
			cumulative += opened;
			months.add(new Month(month, opened, cumulative));
		}
		return months;
	}
}
