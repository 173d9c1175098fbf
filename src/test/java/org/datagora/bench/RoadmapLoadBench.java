package org.datagora.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.datagora.DatagoraApplication;
import org.datagora.MovableClock;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organizations;
import org.datagora.geo.GeoZones;
import org.datagora.identity.Accounts;
import org.datagora.identity.Viewer;
import org.datagora.roadmap.RoadmapEntries;
import org.datagora.roadmap.RoadmapEntryInput;
import org.datagora.roadmap.RoadmapSupports;
import org.datagora.roadmap.StatusChange;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads roadmaps for bench/opening.sh: organizations of a {@link SyntheticCatalog} (a Zipf-like
 * share of the entries each), some public datasets to open, and entries whose lives are spread
 * over the last three years, all through the services with the portal's clock moved to the day of
 * each change: planned, started, postponed, opened early or late, abandoned, left late;
 * proposals supported by citizens, accepted or declined. Deterministic from the seed. Not a test.
 *
 * Arguments: data directory, number of entries, number of organizations.
 */
public final class RoadmapLoadBench {

	private static final long SEED = 42;

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private static final List<String> SUBJECTS = List.of("Horaires des transports en temps réel",
			"Subventions aux associations", "Marchés publics attribués", "Qualité de l'eau du robinet",
			"Effectifs des établissements scolaires", "Bornes de recharge électrique", "Délibérations",
			"Budget voté", "Accidents de la route", "Comptages de vélos", "Permis de construire",
			"Arbres d'alignement", "Places de stationnement", "Menus des cantines", "Consommation d'énergie des bâtiments",
			"Déchets collectés", "Défibrillateurs", "Équipements sportifs", "Délais de paiement des fournisseurs",
			"Aides aux entreprises");

	/** The bench's clock, given to the portal as its own (a plain class, so that no component scan finds it). */
	static class BenchClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}

	private final Random random = new Random(SEED);

	private final MovableClock clock;

	private final RoadmapEntries entries;

	private final RoadmapSupports supports;

	private final LocalDate today;

	private int writes;

	private RoadmapLoadBench(ConfigurableApplicationContext context) {
		this.clock = context.getBean(MovableClock.class);
		this.entries = context.getBean(RoadmapEntries.class);
		this.supports = context.getBean(RoadmapSupports.class);
		this.today = LocalDate.now(FRANCE);
	}

	public static void main(String[] args) {
		Path dataDirectory = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		int organizationCount = Integer.parseInt(args[2]);
		try (ConfigurableApplicationContext context = BulkLoadBench.portal(dataDirectory,
				new Class<?>[] { BenchClock.class })) {
			Accounts accounts = context.getBean(Accounts.class);
			Viewer admin = accounts.ensureSiteAdmin("bench@example.org", "Bench", "a long benchmark password");
			long start = System.nanoTime();
			var catalog = new SyntheticCatalog(context.getBean(GeoZones.class), SEED, organizationCount);
			Organizations organizations = context.getBean(Organizations.class);
			// organizations an earlier load made (bench/opening.sh loads requests first), else new ones
			List<String> organizationIds = context.getBean(JdbcClient.class)
				.sql("select id::text from organization where deleted_at is null order by created_at, id limit ?")
				.param(organizationCount)
				.query(String.class)
				.list();
			if (organizationIds.isEmpty()) {
				organizationIds = admin.act(() -> catalog.organizations()
					.stream()
					.map(input -> organizations.create(input).id().toString())
					.toList());
			}
			List<Datasets.NewDataset> batch = new ArrayList<>();
			for (int i = 0; i < Math.max(50, count / 20); i++) {
				batch.add(catalog.next(organizationIds));
			}
			Datasets datasets = context.getBean(Datasets.class);
			List<UUID> created = admin.act(() -> datasets.createAll(batch));
			List<String> publicDatasets = new ArrayList<>();
			for (int i = 0; i < created.size(); i++) {
				if (!Boolean.TRUE.equals(batch.get(i).dataset().isPrivate())) {
					publicDatasets.add(created.get(i).toString());
				}
			}
			List<Viewer> citizens = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				citizens.add(accounts.signUp("citizen-" + i + "@example.org", "Citoyen " + i,
						"a long benchmark password"));
			}
			System.out.printf("roadmap-load: %d organizations, %d datasets, %d citizens in %.1f s%n",
					organizationIds.size(), created.size(), citizens.size(), seconds(start));

			RoadmapLoadBench load = new RoadmapLoadBench(context);
			start = System.nanoTime();
			for (int i = 0; i < count; i++) {
				String organization = organizationIds.get(load.rank(organizationIds.size()));
				if (load.random.nextInt(10) == 0) {
					load.proposal(organization, citizens, admin);
				}
				else {
					load.commitment(organization, admin, publicDatasets);
				}
			}
			load.clock.reset();
			System.out.printf("roadmap-load: %d entries in %.1f s (%d writes: entries, moves, supports)%n", count,
					seconds(start), load.writes);
		}
	}

	/** An entry the organization commits to, and what became of it by today. */
	private void commitment(String organization, Viewer member, List<String> datasets) {
		LocalDate day = today.minusDays(random.nextInt(3 * 365));
		LocalDate target = day.plusDays(60 + random.nextInt(480));
		UUID id = at(day, member, () -> entries.create(input(organization, target))).id();
		int fate = random.nextInt(100);
		if (target.isBefore(today)) {
			if (fate < 15) {
				LocalDate postponedOn = between(day, target);
				LocalDate later = target.plusDays(90 + random.nextInt(275));
				move(postponedOn, member, id, new StatusChange("postponed", later, null, "Le prestataire a pris du retard."));
				if (later.isBefore(today) && random.nextBoolean()) {
					move(between(postponedOn, today), member, id, opened(datasets));
				}
			}
			else if (fate < 70) {
				// most are opened around their date: some early, some late
				LocalDate openedOn = target.plusDays(random.nextInt(150) - 60);
				move(openedOn.isAfter(day) && openedOn.isBefore(today) ? openedOn : target, member, id, opened(datasets));
			}
			else if (fate < 80) {
				move(between(day, today), member, id, new StatusChange("abandoned", null, null, "Données trop sensibles."));
			}
			else if (fate < 90) {
				move(between(day, today), member, id, new StatusChange("in_progress", null, null, null));
			}
		}
		else if (fate < 40) {
			move(between(day, today), member, id, new StatusChange("in_progress", null, null, null));
		}
		else if (fate < 50) {
			LocalDate postponedOn = between(day, today);
			move(postponedOn, member, id, new StatusChange("postponed", target.plusDays(30 + random.nextInt(200)), null,
					"Priorités revues."));
		}
	}

	/** A citizen's proposal, supported by others, then accepted, declined or still waiting. */
	private void proposal(String organization, List<Viewer> citizens, Viewer member) {
		LocalDate day = today.minusDays(random.nextInt(3 * 365));
		Viewer proposer = citizens.get(random.nextInt(citizens.size()));
		UUID id = at(day, proposer, () -> entries.propose(input(organization, null))).id();
		int supporters = random.nextInt(12);
		for (int i = 0; i < supporters; i++) {
			Viewer supporter = citizens.get(random.nextInt(citizens.size()));
			at(day, supporter, () -> supports.support(id));
		}
		int fate = random.nextInt(100);
		LocalDate answered = between(day, today);
		if (fate < 40) {
			move(answered, member, id, new StatusChange("planned", answered.plusDays(90 + random.nextInt(365)), null,
					null));
		}
		else if (fate < 60) {
			move(answered, member, id, new StatusChange("declined", null, null, "Ces données n'existent pas."));
		}
	}

	private RoadmapEntryInput input(String organization, LocalDate target) {
		String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
		return new RoadmapEntryInput(organization, subject, "Les données « " + subject.toLowerCase() + " », mises à jour "
				+ "chaque mois.", "Demandé par les réutilisateurs : " + subject.toLowerCase() + ".", target, null);
	}

	private StatusChange opened(List<String> datasets) {
		return new StatusChange("opened", null, datasets.get(random.nextInt(datasets.size())), null);
	}

	private void move(LocalDate day, Viewer member, UUID id, StatusChange change) {
		at(day, member, () -> entries.move(id, change, null));
	}

	/** Does {@code work} as {@code viewer} on {@code day}, and counts it as a write. */
	private <T> T at(LocalDate day, Viewer viewer, java.util.function.Supplier<T> work) {
		clock.setToday(day);
		writes++;
		return viewer.act(work);
	}

	/** A day after {@code from} and before {@code to} (or {@code from} when there is none). */
	private LocalDate between(LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		return days <= 1 ? from : from.plusDays(1 + random.nextInt((int) days - 1));
	}

	/** An organization's rank, the first ones with most of the entries (1/rank). */
	private int rank(int organizations) {
		double total = 0;
		for (int rank = 1; rank <= organizations; rank++) {
			total += 1.0 / rank;
		}
		double pick = random.nextDouble() * total;
		for (int rank = 1; rank <= organizations; rank++) {
			pick -= 1.0 / rank;
			if (pick <= 0) {
				return rank - 1;
			}
		}
		return organizations - 1;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}
}
