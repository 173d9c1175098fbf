package org.datagora.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.HvdCategory;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.catalog.OrganizationInput;
import org.datagora.catalog.Organizations;
import org.datagora.catalog.ResourceInput;
import org.datagora.catalog.Resources;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.datagora.identity.Accounts;
import org.datagora.identity.Viewer;
import org.datagora.storage.DatabaseProperties;
import org.datagora.web.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes the demo catalog through the same services as the API, so that it is exactly what a
 * publisher would have made: a ministry publishes the national reference lists (public data
 * service), a region and a city publish their own communes; then people ask for data and the
 * organizations commit to open some ({@link DemoOpening}).
 */
@Component
@Order(10)
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private final DemoProperties properties;

	private final DatabaseProperties database;

	private final Accounts accounts;

	private final Organizations organizations;

	private final Datasets datasets;

	private final Resources resources;

	private final GeoZones zones;

	private final DemoOpening opening;

	DemoContent(DemoProperties properties, DatabaseProperties database, Accounts accounts,
			Organizations organizations, Datasets datasets, Resources resources, GeoZones zones, DemoOpening opening) {
		this.properties = properties;
		this.database = database;
		this.accounts = accounts;
		this.organizations = organizations;
		this.datasets = datasets;
		this.resources = resources;
		this.zones = zones;
		this.opening = opening;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean wanted = switch (properties.mode()) {
			case "always" -> true;
			case "auto" -> database.url() == null || database.url().isBlank();
			default -> false;
		};
		if (!wanted || organizations.list(null, PageRequest.of(1, 1)).total() > 0) {
			return;
		}
		Viewer admin = accounts.ensureSiteAdmin("admin@demo.datagora.fr", "Administratrice démo",
				properties.password());
		admin.act(() -> {
			create(admin);
			return null;
		});
		log.info("Demo content created; sign in as admin@demo.datagora.fr with the demo password");
	}

	private void create(Viewer admin) {
		Organization ministry = organizations.create(new OrganizationInput("Ministère de l'Intérieur", null, "MI",
				"Le ministère publie le **découpage administratif** de la France : régions, départements, "
						+ "intercommunalités et communes, issus du Code officiel géographique de l'INSEE.",
				null, "https://www.interieur.gouv.fr", "ministry", "11000601500019",
				List.of("public-service", "certified")));
		Organization region = organizations.create(new OrganizationInput("Région Bretagne", null, null,
				"Collectivité régionale de Bretagne.", null, "https://www.bretagne.bzh", "local-authority", null,
				List.of("public-service")));
		Organization city = organizations.create(new OrganizationInput("Ville de Lyon", null, null,
				"La Ville de Lyon et ses données ouvertes.", null, "https://www.lyon.fr", "local-authority", null,
				List.of()));

		List<GeoZone> communes = zones.ofLevel("commune", null);
		Dataset communesOfFrance = publish(ministry, "Communes de France", "COG",
				"Liste des **" + communes.size() + " communes** de France au 1er janvier 2026, avec leur code INSEE, "
						+ "leur département, leur région et leur population municipale.",
				List.of("communes", "code insee", "population", "découpage administratif"), List.of("spd", "hvd"),
				"country:fr", "commune", "communes.csv", communesCsv(communes));
		publish(ministry, "Départements et régions", null,
				"Les départements et les régions de France, avec leur population.",
				List.of("départements", "régions", "découpage administratif"), List.of("spd"), "country:fr",
				"departement", "departements.csv", csv("code_departement;nom;code_region;population",
						zones.ofLevel("departement", null), zone -> zone.code() + ";" + zone.name() + ";"
								+ parentCode(zone, "fr:region:") + ";" + population(zone)));
		publish(ministry, "Intercommunalités (EPCI à fiscalité propre)", "EPCI",
				"Les établissements publics de coopération intercommunale, avec leur numéro SIREN.",
				List.of("epci", "intercommunalités", "siren"), List.of("spd"), "country:fr", "epci", "epci.csv",
				csv("siren;nom;population", zones.ofLevel("epci", null),
						zone -> zone.code() + ";" + zone.name() + ";" + population(zone)));
		publish(region, "Communes de Bretagne", null, "Les communes des quatre départements bretons.",
				List.of("communes", "bretagne"), List.of(), "fr:region:53", "commune", "communes-bretagne.csv",
				communesCsv(zones.ofLevel("commune", "fr:region:53")));
		publish(city, "Arrondissements et communes de la Métropole de Lyon", null,
				"Les communes membres de la Métropole de Lyon.", List.of("communes", "lyon", "métropole"), List.of(),
				"fr:commune:69123", "commune", "communes-metropole-lyon.csv",
				communesCsv(zones.ofLevel("commune", "fr:epci:200046977")));
		opening.create(admin, ministry, region, city, communesOfFrance, properties.password());
	}

	private Dataset publish(Organization organization, String title, String acronym, String description,
			List<String> tags, List<String> badges, String zone, String granularity, String filename, String content) {
		Dataset dataset = datasets.create(new DatasetInput(title, null, acronym, description, tags, List.of("REGI", "GOVE"),
				"lov2", "ANNUAL", new DatasetInput.TemporalInput("2026-01-01", null),
				new DatasetInput.SpatialInput(List.of(zone), granularity), organization.id().toString(),
				new DatasetInput.ContactInput(organization.name(), null), "open", null, badges,
				// administrative units are high-value geospatial data (Regulation (EU) 2023/138, annex 1)
				badges.contains("hvd") ? List.of(HvdCategory.GEOSPATIAL.code()) : List.of(), false, false));
		resources.upload(dataset.id().toString(),
				new ResourceInput(title + " (CSV)", "Fichier CSV, séparateur point-virgule, encodage UTF-8.", "main", null,
						"csv", "text/csv", null, null),
				new Resources.Upload(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), filename,
						"text/csv"));
		return dataset;
	}

	private static String communesCsv(List<GeoZone> communes) {
		return csv("code_insee;nom;code_departement;code_region;population", communes,
				zone -> zone.code() + ";" + zone.name() + ";" + parentCode(zone, "fr:departement:") + ";"
						+ parentCode(zone, "fr:region:") + ";" + population(zone));
	}

	private static String csv(String header, List<GeoZone> zones, Function<GeoZone, String> line) {
		StringBuilder csv = new StringBuilder(header).append('\n');
		zones.forEach(zone -> csv.append(line.apply(zone)).append('\n'));
		return csv.toString();
	}

	private static String parentCode(GeoZone zone, String prefix) {
		return zone.parents().stream().filter(id -> id.startsWith(prefix)).findFirst()
			.map(id -> id.substring(prefix.length())).orElse("");
	}

	private static String population(GeoZone zone) {
		return zone.population() == null ? "" : zone.population().toString();
	}
}
