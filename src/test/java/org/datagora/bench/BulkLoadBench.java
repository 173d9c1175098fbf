package org.datagora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.datagora.DatagoraApplication;
import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.OrganizationInput;
import org.datagora.catalog.Organizations;
import org.datagora.catalog.ResourceInput;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.datagora.identity.Accounts;
import org.datagora.identity.Viewer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk-creates datasets with 3 resources each through the service layer (Datasets.createAll, the
 * path of imports and harvesting) into the embedded PostgreSQL of a data directory, and prints
 * the rate. Run by bench/catalog.sh; not a test.
 *
 * Arguments: data directory, number of datasets, file to write a sample of dataset ids to.
 */
public final class BulkLoadBench {

	private static final int BATCH = 1000;

	public static void main(String[] args) throws IOException {
		Path dataDirectory = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		Path idsFile = Path.of(args[2]);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatagoraApplication.class)
			.web(WebApplicationType.NONE)
			.run("--datagora.db.embedded-directory=" + dataDirectory.resolve("postgres"),
					"--datagora.files.directory=" + dataDirectory.resolve("files"), "--datagora.demo.mode=never",
					"--logging.level.root=warn")) {
			Viewer admin = context.getBean(Accounts.class)
				.ensureSiteAdmin("bench@example.org", "Bench", "a long benchmark password");
			List<GeoZone> communes = context.getBean(GeoZones.class).ofLevel("commune", null);
			Datasets datasets = context.getBean(Datasets.class);
			String organization = admin.act(() -> context.getBean(Organizations.class)
				.create(new OrganizationInput("Organisation de mesure " + UUID.randomUUID(), null, null, null, null,
						null, "public-agency", null, List.of()))
				.id()
				.toString());
			Random random = new Random(42);
			List<String> sampleIds = new ArrayList<>();
			long start = System.nanoTime();
			for (int done = 0; done < count; done += BATCH) {
				List<Datasets.NewDataset> batch = new ArrayList<>(BATCH);
				for (int i = done; i < Math.min(count, done + BATCH); i++) {
					batch.add(newDataset(i, organization, communes.get(random.nextInt(communes.size()))));
				}
				List<UUID> ids = admin.act(() -> datasets.createAll(batch));
				// reads ask for 10 % of the catalog, so that many find their entry older than the freshness
				// window and ask the database
				ids.stream().filter(any -> random.nextInt(10) == 0).forEach(id -> sampleIds.add(id.toString()));
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Files.write(idsFile, sampleIds);
			System.out.printf("bulk-create: %d datasets with 3 resources each in %.1f s: %.0f datasets/s%n", count,
					seconds, count / seconds);
		}
	}

	private static Datasets.NewDataset newDataset(int i, String organization, GeoZone commune) {
		String title = "Registre des équipements publics n°" + i + " de " + commune.name();
		String description = "Ce jeu de données recense les équipements publics de la commune de " + commune.name()
				+ " (code INSEE " + commune.code() + "). Il est mis à jour chaque année à partir des déclarations des "
				+ "services municipaux et couvre les écoles, les gymnases, les bibliothèques et les salles communales. "
				+ "Les coordonnées sont exprimées en WGS 84. ".repeat(2);
		var input = new DatasetInput(title, null, null, description, List.of("équipements", "commune", "bench" + i % 50),
				List.of(i % 2 == 0 ? "REGI" : "EDUC"), i % 3 == 0 ? "odc-odbl" : "lov2", "ANNUAL",
				new DatasetInput.TemporalInput("2020-01-01", null),
				new DatasetInput.SpatialInput(List.of(commune.id()), "commune"), organization,
				new DatasetInput.ContactInput("Service des données", "donnees@example.org"), null, null, null, null, null);
		List<ResourceInput> resources = List.of(
				new ResourceInput("Équipements " + i + " (CSV)", "Export complet", "main",
						"https://data.example.org/equipements/" + i + ".csv", null, null, 120_000L, null),
				new ResourceInput("Équipements " + i + " (GeoJSON)", null, "main",
						"https://data.example.org/equipements/" + i + ".geojson", null, null, 340_000L, null),
				new ResourceInput("Documentation", null, "documentation",
						"https://data.example.org/equipements/documentation.pdf", null, null, null, null));
		return new Datasets.NewDataset(input, resources);
	}
}
