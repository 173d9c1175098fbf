package org.datagora.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Frequency;
import org.datagora.catalog.OrganizationInput;
import org.datagora.catalog.ResourceInput;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;

/**
 * A synthetic but realistic French catalog for benchmarks, so that the index and the queries
 * have the shape of the real one: a few thousand publishers with a Zipf-like share of the
 * datasets (ministries, agencies and regions at the head, EPCI and communes in the long tail),
 * titles made of real open-data subjects and real places (communes weighted by population),
 * skewed licences and formats, a few badges, private and archived datasets. Deterministic from
 * the seed; a dataset costs a few microseconds, far below its insertion.
 */
public final class SyntheticCatalog {

	/** Kinds of publishers: which subjects they publish and which zones they cover. */
	private enum Kind {
		NATIONAL, OPERATOR, REGION, AIR, HEALTH, DEPARTEMENT, EPCI, COMMUNE
	}

	/**
	 * An open-data subject. Titles may hold {@code {year}}; the sentence {@code {year}} and
	 * {@code {of}} (the place); the searches are what people type to find it (1-2 words). A
	 * subject about its publisher itself (its budget: {@code SELF} among the publishers) is about
	 * the publisher's own zone, others about any zone the publisher covers.
	 */
	private record Subject(String[] titles, String[] themes, String[] tags, String[] formats, Frequency frequency,
			Set<Kind> publishers, boolean self, String schema, String sentence, String[] searches) {
	}

	private static final List<Subject> SUBJECTS = List.of(
			subject("Budget primitif {year};Compte administratif {year};Budget supplémentaire {year}", "ECON GOVE",
					"budget finances-publiques comptabilite m57 collectivites", "csv xlsx pdf", "ANNUAL",
					"SELF REGION DEPARTEMENT EPCI COMMUNE", null,
					"Ce jeu de données présente le budget voté pour l'exercice {year} {of}, par nature et par fonction.",
					"budget;finances;budget primitif;compte administratif"),
			subject("Subventions versées aux associations en {year}", "ECON GOVE",
					"subventions associations aides-publiques transparence", "csv xlsx", "ANNUAL",
					"SELF NATIONAL REGION DEPARTEMENT EPCI COMMUNE", null,
					"Les subventions de plus de 23 000 euros attribuées en {year} {of}, avec le bénéficiaire, l'objet et le montant.",
					"subventions;associations"),
			subject("Marchés publics attribués en {year};Données essentielles de la commande publique {year}",
					"ECON GOVE", "marches-publics commande-publique decp achats", "json csv xml", "QUARTERLY",
					"SELF NATIONAL REGION DEPARTEMENT EPCI COMMUNE", null,
					"Les données essentielles des marchés publics conclus en {year} {of} : acheteur, titulaire, objet, montant et durée.",
					"marchés publics;commande publique"),
			subject("Liste des écoles;Effectifs scolaires {year};Carte scolaire", "EDUC",
					"ecoles education enseignement scolarite carte-scolaire", "csv geojson", "ANNUAL",
					"NATIONAL DEPARTEMENT COMMUNE", null,
					"Les écoles maternelles et élémentaires {of}, avec leur adresse, leurs effectifs et leur secteur.",
					"écoles;effectifs scolaires;carte scolaire"),
			subject("Menus des cantines scolaires", "EDUC HEAL", "restauration-scolaire cantine menus alimentation",
					"csv json pdf", "WEEKLY", "EPCI COMMUNE", null,
					"Les menus servis chaque semaine dans les restaurants scolaires {of}, avec les allergènes.",
					"cantine;menus"),
			subject("Qualité de l'air : indice ATMO;Mesures de dioxyde d'azote {year};Concentrations de particules fines {year}",
					"ENVI HEAL", "qualite-de-l-air pollution atmo no2 particules-fines", "csv json geojson", "DAILY",
					"NATIONAL AIR COMMUNE", null,
					"Les mesures des stations de surveillance de la qualité de l'air {of} : dioxyde d'azote, ozone et particules fines.",
					"qualité air;pollution;atmo;particules fines"),
			subject("Horaires des bus (GTFS);Réseau de transport en commun;Arrêts de bus", "TRAN",
					"transport-en-commun bus gtfs horaires mobilite", "zip csv json", "MONTHLY",
					"OPERATOR REGION EPCI COMMUNE", null,
					"Les horaires théoriques des lignes de bus {of} au format GTFS, mis à jour à chaque changement de service.",
					"horaires bus;gtfs;transport;bus"),
			subject("Parkings publics;Disponibilité des places de stationnement en temps réel", "TRAN",
					"stationnement parking mobilite temps-reel", "json csv geojson", "UPDATE_CONT",
					"OPERATOR EPCI COMMUNE", "etalab/schema-stationnement",
					"Les parkings {of}, leur capacité, leurs tarifs et le nombre de places libres.",
					"parking;stationnement"),
			subject("Aménagements cyclables;Stationnements vélo;Comptages vélo {year}", "TRAN ENVI",
					"velo amenagements-cyclables pistes-cyclables mobilite-douce", "geojson csv zip", "IRREG",
					"REGION DEPARTEMENT EPCI COMMUNE", "etalab/schema-amenagements-cyclables",
					"Les pistes et bandes cyclables {of} : type d'aménagement, sens de circulation et revêtement.",
					"vélo;pistes cyclables;cyclable"),
			subject("Permis de construire délivrés en {year};Autorisations d'urbanisme {year}", "REGI",
					"urbanisme permis-de-construire logement sitadel", "csv xlsx", "MONTHLY", "NATIONAL EPCI COMMUNE",
					null,
					"Les permis de construire, d'aménager et de démolir délivrés en {year} {of}, issus de la base Sitadel.",
					"permis construire;urbanisme"),
			subject("Résultats des élections municipales 2020;Résultats des élections européennes 2024;"
					+ "Résultats des élections législatives 2024;Résultats de l'élection présidentielle 2022", "GOVE",
					"elections resultats-electoraux vote bureaux-de-vote", "csv xlsx", "NEVER", "NATIONAL COMMUNE",
					null, "Les résultats par bureau de vote {of} : inscrits, votants, exprimés et voix de chaque liste.",
					"élections;résultats élections;législatives"),
			subject("Base adresse locale;Adresses", "REGI", "adresses bal base-adresse-locale reference", "csv",
					"MONTHLY", "EPCI COMMUNE", "etalab/schema-bal",
					"Les adresses {of} : numéros, voies et positions, publiées au format Base Adresse Locale.",
					"adresses;base adresse"),
			subject("Arbres d'alignement;Patrimoine arboré;Espaces verts", "ENVI",
					"arbres espaces-verts patrimoine-arbore nature-en-ville", "geojson csv", "ANNUAL", "EPCI COMMUNE",
					null, "L'inventaire des arbres gérés {of} : essence, hauteur, circonférence et date de plantation.",
					"arbres;espaces verts"),
			subject("Qualité de l'eau potable {year};Qualité des eaux de baignade {year}", "HEAL ENVI",
					"eau-potable qualite-de-l-eau sante baignade", "csv xlsx", "MONTHLY", "NATIONAL HEALTH COMMUNE",
					null,
					"Les résultats du contrôle sanitaire de l'eau {of} en {year} : prélèvements, paramètres analysés et conformité.",
					"qualité eau;eau potable;baignade"),
			subject("Points de recharge pour véhicules électriques (IRVE);Bornes de recharge", "TRAN ENER",
					"irve recharge vehicules-electriques mobilite-electrique bornes", "csv json", "MONTHLY",
					"NATIONAL OPERATOR DEPARTEMENT EPCI COMMUNE", "etalab/schema-irve-statique",
					"Les points de recharge pour véhicules électriques ouverts au public {of} : puissance, prises et conditions d'accès.",
					"irve;bornes recharge;recharge"),
			subject("Entreprises immatriculées (base SIRENE);Établissements actifs (SIRENE)", "ECON",
					"sirene entreprises etablissements siret economie", "csv zip", "MONTHLY",
					"NATIONAL REGION DEPARTEMENT", null,
					"Les entreprises et établissements {of} inscrits au répertoire SIRENE, avec leur activité et leurs effectifs.",
					"sirene;entreprises;établissements"),
			subject("Population légale {year};Recensement de la population {year}", "SOCI",
					"population recensement demographie insee", "xlsx csv", "ANNUAL",
					"NATIONAL REGION DEPARTEMENT COMMUNE", null,
					"La population municipale et totale {of} au 1er janvier {year}, selon le recensement.",
					"population;recensement"),
			subject("Consommation d'électricité et de gaz {year}", "ENER", "energie consommation electricite gaz",
					"csv json", "ANNUAL", "NATIONAL OPERATOR REGION", null,
					"La consommation annuelle d'électricité et de gaz {of} en {year}, par secteur d'activité.",
					"consommation électricité;énergie;gaz"),
			subject("Points d'apport volontaire;Collecte des déchets {year}", "ENVI", "dechets collecte recyclage tri",
					"csv geojson", "ANNUAL", "EPCI COMMUNE", null,
					"Les points de collecte et les tonnages de déchets ménagers {of} en {year}.",
					"déchets;collecte;recyclage"),
			subject("Défibrillateurs (DAE)", "HEAL", "defibrillateurs dae sante secours", "csv json", "IRREG",
					"NATIONAL HEALTH COMMUNE", null,
					"Les défibrillateurs automatisés externes accessibles au public {of}.", "défibrillateurs;dae"),
			subject("Équipements sportifs;Piscines et gymnases", "EDUC",
					"sport equipements-sportifs piscines gymnases", "csv geojson", "ANNUAL",
					"NATIONAL DEPARTEMENT COMMUNE", null,
					"Les équipements sportifs {of} : type, propriétaire, accessibilité et horaires.",
					"équipements sportifs;piscines;sport"),
			subject("Délibérations du conseil {year};Actes administratifs {year}", "GOVE",
					"deliberations actes-administratifs conseil transparence", "pdf csv", "MONTHLY",
					"SELF REGION DEPARTEMENT EPCI COMMUNE", null,
					"Les délibérations adoptées en {year} {of}, avec leur objet et le résultat du vote.",
					"délibérations;actes administratifs"),
			subject("Accidents corporels de la circulation {year}", "TRAN JUST",
					"securite-routiere accidents circulation", "csv", "ANNUAL", "NATIONAL DEPARTEMENT", null,
					"Les accidents corporels de la circulation routière survenus en {year} {of}.",
					"accidents;sécurité routière"),
			subject("Plan local d'urbanisme (PLU);Zonage du PLU", "REGI", "urbanisme plu zonage", "zip geojson pdf",
					"IRREG", "EPCI COMMUNE", null,
					"Les zones, prescriptions et servitudes du plan local d'urbanisme {of}.", "plu;zonage"),
			subject("Prix des carburants {year}", "ECON ENER", "carburants prix stations-service", "xml csv",
					"DAILY", "NATIONAL", null, "Les prix des carburants relevés dans les stations-service {of} en {year}.",
					"prix carburants;carburants"),
			subject("Bibliothèques et médiathèques;Fréquentation des musées {year}", "EDUC",
					"culture bibliotheques musees patrimoine", "csv", "ANNUAL", "NATIONAL REGION DEPARTEMENT COMMUNE",
					null, "Les lieux culturels {of}, leur adresse, leurs horaires et leur fréquentation.",
					"bibliothèques;musées;culture"),
			subject("Logements sociaux {year}", "SOCI REGI", "logement logement-social rpls habitat", "csv xlsx",
					"ANNUAL", "NATIONAL DEPARTEMENT EPCI", null,
					"Le parc de logements sociaux {of} au 1er janvier {year} : nombre, ancienneté et loyers.",
					"logement social;logements"),
			subject("Crèches et accueil du jeune enfant", "SOCI", "petite-enfance creches familles", "csv geojson",
					"ANNUAL", "DEPARTEMENT COMMUNE", null,
					"Les établissements d'accueil du jeune enfant {of} et leur nombre de places.",
					"crèches;petite enfance"),
			subject("Crimes et délits enregistrés {year}", "JUST", "delinquance securite police gendarmerie",
					"csv xlsx", "ANNUAL", "NATIONAL", null,
					"Les crimes et délits enregistrés par la police et la gendarmerie {of} en {year}.",
					"délinquance;crimes délits"),
			subject("Travaux sur la voirie;Arrêtés de circulation", "TRAN", "voirie travaux circulation",
					"geojson csv", "WEEKLY", "DEPARTEMENT EPCI COMMUNE", null,
					"Les chantiers et les restrictions de circulation en cours {of}.", "travaux;voirie"),
			subject("Plan cadastral;Parcelles cadastrales {year}", "REGI", "cadastre parcelles foncier", "zip geojson",
					"ANNUAL", "NATIONAL DEPARTEMENT", null, "Les parcelles et les bâtiments du plan cadastral {of}.",
					"cadastre;parcelles"),
			subject("Demandeurs d'emploi {year};Offres d'emploi {year}", "ECON SOCI",
					"emploi chomage marche-du-travail", "csv xlsx", "QUARTERLY", "NATIONAL REGION", null,
					"Le nombre de demandeurs d'emploi et d'offres d'emploi {of} en {year}, par catégorie.",
					"emploi;chômage"),
			subject("Observations météorologiques {year};Normales climatiques", "ENVI",
					"meteo climat temperatures precipitations", "csv json", "DAILY", "NATIONAL", null,
					"Les températures, précipitations et vents mesurés par les stations météorologiques {of}.",
					"météo;températures;climat"),
			subject("Toilettes publiques;Fontaines à boire", "REGI HEAL", "toilettes fontaines equipements-publics",
					"csv geojson", "IRREG", "COMMUNE", null,
					"L'emplacement et les horaires des toilettes publiques et des fontaines {of}.",
					"toilettes publiques;fontaines"),
			subject("Registre parcellaire graphique {year}", "AGRI", "agriculture parcelles-agricoles rpg cultures",
					"zip geojson", "ANNUAL", "NATIONAL REGION DEPARTEMENT", null,
					"Les îlots et parcelles agricoles déclarés à la politique agricole commune en {year} {of}.",
					"agriculture;parcelles agricoles"),
			subject("Marchés alimentaires", "ECON", "marches commerce alimentation", "csv", "IRREG", "COMMUNE", null,
					"Les marchés alimentaires {of}, leurs jours et leurs horaires.", "marchés alimentaires"));

	/** 2 to 4 sentences: the subject's, then 1 to 3 of these. */
	private static final String[] SENTENCES = {
			"Les données sont produites par {publisher}. Mise à jour : {frequency}.",
			"Le fichier principal est publié au format {format}, encodé en UTF-8.",
			"Les coordonnées sont exprimées en WGS 84 (EPSG:4326).",
			"Ce jeu de données est publié au titre de l'ouverture des données publiques par défaut.",
			"Les millésimes précédents restent disponibles sur demande auprès de {publisher}.",
			"La documentation jointe décrit chaque champ et les nomenclatures utilisées.",
			"Les données à caractère personnel ont été retirées avant publication.",
			"Les valeurs manquantes sont laissées vides." };

	/** Publishers of the whole country: name, acronym, type, kind, themes. */
	private static final String[][] NATIONAL = {
			{ "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique", "", "ministry", "NATIONAL", "ECON" },
			{ "Ministère de l'Éducation nationale", "MEN", "ministry", "NATIONAL", "EDUC" },
			{ "Ministère de l'Intérieur", "", "ministry", "NATIONAL", "GOVE JUST" },
			{ "Ministère de la Transition écologique", "MTE", "ministry", "NATIONAL", "ENVI ENER TRAN" },
			{ "Ministère de la Santé et de l'Accès aux soins", "", "ministry", "NATIONAL", "HEAL" },
			{ "Ministère de la Culture", "", "ministry", "NATIONAL", "EDUC" },
			{ "Ministère de la Justice", "", "ministry", "NATIONAL", "JUST" },
			{ "Ministère du Travail et de l'Emploi", "", "ministry", "NATIONAL", "ECON SOCI" },
			{ "Ministère de l'Agriculture et de la Souveraineté alimentaire", "", "ministry", "NATIONAL", "AGRI" },
			{ "Ministère de l'Aménagement du territoire et de la Décentralisation", "", "ministry", "NATIONAL", "REGI" },
			{ "Ministère des Sports", "", "ministry", "NATIONAL", "EDUC" },
			{ "Institut national de la statistique et des études économiques", "INSEE", "public-agency", "NATIONAL", "SOCI ECON" },
			{ "Institut national de l'information géographique et forestière", "IGN", "public-agency", "NATIONAL", "REGI" },
			{ "Météo-France", "", "public-agency", "NATIONAL", "ENVI" },
			{ "Agence de la transition écologique", "ADEME", "public-agency", "NATIONAL", "ENER ENVI" },
			{ "Santé publique France", "", "public-agency", "NATIONAL", "HEAL" },
			{ "Cerema", "", "public-agency", "NATIONAL", "TRAN REGI" },
			{ "France Travail", "", "public-agency", "NATIONAL", "ECON SOCI" },
			{ "Direction générale des Finances publiques", "DGFiP", "public-agency", "NATIONAL", "ECON REGI" },
			{ "Direction de l'information légale et administrative", "DILA", "public-agency", "NATIONAL", "GOVE" },
			{ "Agence nationale de la cohésion des territoires", "ANCT", "public-agency", "NATIONAL", "REGI" },
			{ "Office français de la biodiversité", "OFB", "public-agency", "NATIONAL", "ENVI" },
			{ "Observatoire national interministériel de la sécurité routière", "ONISR", "public-agency", "NATIONAL", "TRAN" },
			{ "SNCF Voyageurs", "", "public-company", "OPERATOR", "TRAN" },
			{ "Enedis", "", "public-company", "OPERATOR", "ENER" },
			{ "GRDF", "", "public-company", "OPERATOR", "ENER" },
			{ "RTE Réseau de transport d'électricité", "RTE", "public-company", "OPERATOR", "ENER" },
			{ "Transdev", "", "company", "OPERATOR", "TRAN" },
			{ "Keolis", "", "company", "OPERATOR", "TRAN" },
			{ "OpenStreetMap France", "OSM", "association", "NATIONAL", "TRAN REGI" } };

	private static final Weighted<String> LICENSES = Weighted.parse(
			"lov2:72 odc-odbl:13 cc-by:6 cc-by-sa:3 cc-zero:2 other:4");

	private static final Weighted<String> FORMATS = Weighted.parse("csv:40 json:14 geojson:10 xlsx:15 pdf:12 zip:9");

	/** Besides the subject's own frequency (most often). */
	private static final Weighted<String> FREQUENCIES = Weighted.parse(
			"ANNUAL:30 MONTHLY:15 IRREG:15 UNKNOWN:15 QUARTERLY:8 DAILY:5 UPDATE_CONT:4 WEEKLY:4 NEVER:4");

	private static final Weighted<String> RESOURCE_COUNTS = Weighted.parse("1:40 2:35 3:25");

	/** A publisher: what it is called, the subjects it publishes and the zones it covers. */
	private record Publisher(OrganizationInput input, GeoZone zone, List<Subject> subjects, Weighted<GeoZone> area) {
	}

	/** A search as people type it: 1-2 words, sometimes a place, sometimes a filter. */
	public record Search(String q, String license, String geozone) {

		/** The same search as an API path, asking the 8 facets and a page of 20. */
		public String path() {
			return "/api/1/datasets/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&facets=" + FACETS
					+ "&page_size=20" + (license == null ? "" : "&license=" + license)
					+ (geozone == null ? "" : "&geozone=" + geozone);
		}
	}

	/** The facets a search page shows. */
	public static final String FACETS = "organization,theme,license,format,geozone,badge,frequency,last_update";

	private final Random random;

	private final List<Publisher> publishers;

	/** Publishers by rank: the Zipf-like share of datasets. */
	private final Weighted<Integer> ranks;

	private final Weighted<GeoZone> communes;

	private final List<GeoZone> regionsAndDepartements;

	private int next;

	/**
	 * Loads the zones and draws {@code organizations} publishers, the largest first (none when
	 * only {@link #searches} are wanted).
	 */
	public SyntheticCatalog(GeoZones zones, long seed, int organizations) {
		this.random = new Random(seed);
		Map<String, List<GeoZone>> levels = new HashMap<>();
		for (String level : List.of("country", "region", "departement", "epci", "commune")) {
			levels.put(level, zones.ofLevel(level, null));
		}
		// every zone that contains communes (or departements), with what it contains
		Map<String, List<GeoZone>> inside = new HashMap<>();
		for (String level : List.of("departement", "commune")) {
			for (GeoZone zone : levels.get(level)) {
				zone.parents().forEach(parent -> inside.computeIfAbsent(parent + level, any -> new ArrayList<>()).add(zone));
			}
		}
		this.communes = Weighted.of(levels.get("commune"), SyntheticCatalog::population);
		this.regionsAndDepartements = new ArrayList<>(levels.get("region"));
		regionsAndDepartements.addAll(levels.get("departement"));
		List<Candidate> candidates = candidates(levels);
		candidates.sort(Comparator.comparingDouble(Candidate::size).reversed());
		this.publishers = new ArrayList<>();
		Map<String, Weighted<GeoZone>> areas = new HashMap<>();
		for (Candidate candidate : candidates.subList(0, Math.min(organizations, candidates.size()))) {
			Weighted<GeoZone> area = areas.computeIfAbsent(candidate.zone().id() + candidate.kind(),
					any -> area(candidate, inside));
			publishers.add(new Publisher(candidate.input(), candidate.zone(), subjects(candidate), area));
		}
		this.ranks = Weighted.of(IntStream.range(0, publishers.size()).boxed().toList(), rank -> 1.0 / (rank + 1));
	}

	/** The organizations to create, in rank order; datasets then refer to them by that order. */
	public List<OrganizationInput> organizations() {
		return publishers.stream().map(Publisher::input).toList();
	}

	/** The next dataset, published by {@code organizationIds.get(rank)}. */
	public Datasets.NewDataset next(List<String> organizationIds) {
		int i = next++;
		int rank = ranks.pick(random);
		Publisher publisher = publishers.get(rank);
		Subject subject = pick(publisher.subjects());
		GeoZone place = subject.self() ? publisher.zone() : publisher.area().pick(random);
		String year = String.valueOf(2025 - (int) (Math.pow(random.nextDouble(), 2) * 12));
		String template = pick(subject.titles());
		String title = template.replace("{year}", year);
		boolean yearly = template.contains("{year}");
		String frequency = random.nextInt(10) < 7 ? subject.frequency().code() : FREQUENCIES.pick(random);
		List<ResourceInput> resources = resources(i, subject, title);
		var input = new DatasetInput(titled(title, place), null, null,
				description(subject, place, year, publisher, frequency, resources.get(0).format()), tags(subject),
				themes(subject), LICENSES.pick(random), frequency,
				new DatasetInput.TemporalInput(yearly ? year + "-01-01" : "2015-01-01", yearly ? year + "-12-31" : null),
				new DatasetInput.SpatialInput(List.of(place.id()), granularity(place)), organizationIds.get(rank),
				new DatasetInput.ContactInput("Service des données", "donnees@example.org"), null, null,
				random.nextInt(100) < 3 ? List.of("spd") : null, random.nextInt(100) < 2 ? Boolean.TRUE : null,
				random.nextInt(100) < 2 ? Boolean.TRUE : null);
		return new Datasets.NewDataset(input, resources);
	}

	/**
	 * {@code count} searches from the same vocabulary as the datasets: a subject's words alone,
	 * with a commune, a commune alone, or with a licence or zone filter.
	 */
	public List<Search> searches(int count) {
		List<Search> searches = new ArrayList<>(count);
		while (searches.size() < count) {
			String words = pick(pick(SUBJECTS).searches());
			String word = words.split(" ")[0];
			String place = communes.pick(random).name();
			int kind = random.nextInt(100);
			searches.add(kind < 40 ? new Search(words, null, null)
					: kind < 65 ? new Search(word + " " + place, null, null)
					: kind < 75 ? new Search(place, null, null)
					: kind < 90 ? new Search(words, LICENSES.pick(random), null)
					: new Search(words, null, pick(regionsAndDepartements).id()));
		}
		return searches;
	}

	/** The facets CKAN's own search page asks for. */
	private static final String CKAN_FACETS = "[\"organization\",\"groups\",\"tags\",\"res_format\",\"license_id\"]";

	/**
	 * {@code count} package_search paths of the CKAN API as its clients ask: words, or a filter on
	 * one of {@code organizations} (names), a theme, a tag or a format of the datasets' subjects,
	 * sometimes with words or another filter; CKAN's facets half the time, 10 to 100 rows, CKAN's sorts.
	 */
	public List<String> ckanSearches(int count, List<String> organizations) {
		String[] rows = { "10", "20", "50", "100" };
		List<String> paths = new ArrayList<>(count);
		for (Search search : searches(count)) {
			Subject subject = pick(SUBJECTS);
			String tag = "tags:" + pick(subject.tags());
			String format = "res_format:" + pick(subject.formats()).toUpperCase(Locale.ROOT);
			int kind = random.nextInt(100);
			// words alone, or an organization (a third with words), a tag, a format, both, a theme with words
			String q = kind < 35 || kind >= 90 || kind < 55 && random.nextInt(3) == 0 ? search.q() : null;
			String fq = kind < 35 ? null
					: kind < 55 ? "organization:" + pick(organizations)
					: kind < 70 ? tag
					: kind < 80 ? format
					: kind < 90 ? tag + " " + format
					: "groups:" + pick(subject.themes()).toLowerCase(Locale.ROOT);
			String sort = q != null ? (random.nextBoolean() ? null : "score desc, metadata_modified desc")
					: pick(new String[] { null, "metadata_modified desc", "name asc", "metadata_created desc" });
			paths.add("/api/3/action/package_search?rows=" + pick(rows) + (q == null ? "" : "&q=" + encoded(q))
					+ (fq == null ? "" : "&fq=" + encoded(fq)) + (sort == null ? "" : "&sort=" + encoded(sort))
					+ (random.nextBoolean() ? "&facet.field=" + encoded(CKAN_FACETS) : ""));
		}
		return paths;
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record Candidate(OrganizationInput input, Kind kind, String themes, GeoZone zone, double size) {
	}

	/**
	 * Every possible publisher with its size: the population it serves, by a factor of its kind,
	 * with noise so that the ranks mix kinds as real catalogs do.
	 */
	private List<Candidate> candidates(Map<String, List<GeoZone>> levels) {
		GeoZone france = levels.get("country").get(0);
		List<Candidate> candidates = new ArrayList<>();
		for (String[] national : NATIONAL) {
			candidates.add(candidate(national[0], national[1], national[2], Kind.valueOf(national[3]), national[4],
					france, 0.05));
		}
		for (GeoZone region : levels.get("region")) {
			candidates.add(candidate("Région " + region.name(), "", "local-authority", Kind.REGION, null, region, 0.5));
			candidates.add(candidate(region.code().equals("11") ? "Airparif" : "Atmo " + region.name(), "",
					"association", Kind.AIR, "ENVI HEAL", region, 0.15));
			candidates.add(candidate("Agence régionale de santé " + region.name(), "ARS", "public-agency", Kind.HEALTH,
					"HEAL", region, 0.1));
		}
		for (GeoZone departement : levels.get("departement")) {
			candidates.add(candidate("Département " + of(departement.name()), "", "local-authority", Kind.DEPARTEMENT,
					null, departement, 0.6));
		}
		for (GeoZone epci : levels.get("epci")) {
			candidates.add(candidate(epci.name(), "", "local-authority", Kind.EPCI, null, epci, 0.5));
		}
		for (GeoZone commune : levels.get("commune")) {
			candidates.add(candidate((population(commune) >= 10_000 ? "Ville " : "Commune ") + of(commune.name()), "",
					"local-authority", Kind.COMMUNE, null, commune, 0.4));
		}
		return candidates;
	}

	private Candidate candidate(String name, String acronym, String type, Kind kind, String themes, GeoZone zone,
			double factor) {
		var input = new OrganizationInput(name, null, acronym.isEmpty() ? null : acronym,
				name + " publie ses données ouvertes.", null, null, type, null,
				kind == Kind.NATIONAL ? List.of("public-service") : null);
		return new Candidate(input, kind, themes, zone, population(zone) * factor * Math.exp(random.nextGaussian()));
	}

	private static List<Subject> subjects(Candidate candidate) {
		List<Subject> all = SUBJECTS.stream().filter(subject -> subject.publishers().contains(candidate.kind())).toList();
		if (candidate.themes() == null) {
			return all;
		}
		List<String> themes = List.of(candidate.themes().split(" "));
		List<Subject> theirs = all.stream()
			.filter(subject -> Arrays.stream(subject.themes()).anyMatch(themes::contains))
			.toList();
		return theirs.isEmpty() ? all : theirs;
	}

	/**
	 * The zones a publisher's datasets are about: the country's publishers cover every level, a
	 * region or departement itself and its communes (by population), a commune only itself.
	 */
	private static Weighted<GeoZone> area(Candidate candidate, Map<String, List<GeoZone>> inside) {
		GeoZone zone = candidate.zone();
		// shares of the zone itself, of the departements inside, of the communes inside
		double[] shares = switch (candidate.kind()) {
			case NATIONAL, OPERATOR -> new double[] { 0.3, 0.3, 0.4 };
			case REGION, AIR, HEALTH -> new double[] { 0.4, 0.2, 0.4 };
			case DEPARTEMENT, EPCI -> new double[] { 0.6, 0, 0.4 };
			case COMMUNE -> new double[] { 1, 0, 0 };
		};
		List<GeoZone> zones = new ArrayList<>(List.of(zone));
		List<Double> weights = new ArrayList<>(List.of(shares[0]));
		String[] levels = { "departement", "commune" };
		for (int l = 0; l < levels.length; l++) {
			List<GeoZone> contained = shares[l + 1] == 0 ? List.of()
					: inside.getOrDefault(zone.id() + levels[l], List.of());
			double sum = contained.stream().mapToDouble(SyntheticCatalog::population).sum();
			for (GeoZone each : contained) {
				zones.add(each);
				weights.add(shares[l + 1] * population(each) / sum);
			}
		}
		return new Weighted<>(zones, weights.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private List<ResourceInput> resources(int i, Subject subject, String title) {
		int count = Integer.parseInt(RESOURCE_COUNTS.pick(random));
		List<ResourceInput> resources = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			// the subject's usual formats first, sometimes another
			String format = n < subject.formats().length && random.nextInt(10) < 8 ? subject.formats()[n]
					: FORMATS.pick(random);
			boolean documentation = format.equals("pdf");
			resources.add(new ResourceInput(documentation ? "Documentation" : title + " (" + format.toUpperCase() + ")",
					null, documentation ? "documentation" : "main",
					"https://data.example.org/datasets/" + i + "/" + (n + 1) + "." + format, format, null,
					(long) Math.exp(7 + random.nextDouble() * 13),
					n == 0 && subject.schema() != null ? new ResourceInput.SchemaInput(subject.schema(), null, null)
							: null));
		}
		return resources;
	}

	private String description(Subject subject, GeoZone place, String year, Publisher publisher, String frequency,
			String format) {
		var text = new StringBuilder(subject.sentence());
		int more = 1 + random.nextInt(3);
		int first = random.nextInt(SENTENCES.length);
		for (int s = 0; s < more; s++) {
			text.append(' ').append(SENTENCES[(first + s) % SENTENCES.length]);
		}
		return text.toString()
			.replace("{of}", place.level().equals("country") ? "en France" : "sur le territoire " + of(place.name()))
			.replace("{year}", year)
			.replace("{publisher}", publisher.input().name())
			.replace("{frequency}", Frequency.valueOf(frequency).fr())
			.replace("{format}", format.toUpperCase());
	}

	private List<String> tags(Subject subject) {
		String[] tags = subject.tags().clone();
		int count = 2 + random.nextInt(Math.min(4, tags.length - 1));
		// a partial shuffle: the first {@code count} tags are a random choice
		for (int t = 0; t < count; t++) {
			int other = t + random.nextInt(tags.length - t);
			String swap = tags[t];
			tags[t] = tags[other];
			tags[other] = swap;
		}
		return List.of(Arrays.copyOf(tags, count));
	}

	private List<String> themes(Subject subject) {
		String[] themes = subject.themes();
		return themes.length > 1 && random.nextBoolean() ? List.of(themes) : List.of(themes[0]);
	}

	/** "Budget primitif 2023 de Lyon", "Qualité de l'air : indice ATMO – Bretagne", "Prix des carburants 2024". */
	private static String titled(String title, GeoZone place) {
		return switch (place.level()) {
			case "country" -> title;
			case "commune" -> title + " " + of(place.name());
			default -> title + " – " + place.name();
		};
	}

	private static String granularity(GeoZone place) {
		return place.level().equals("country") ? "departement" : place.level();
	}

	/** "de Lyon", "d'Angers", "du Havre", "des Sables-d'Olonne", "de La Rochelle". */
	static String of(String name) {
		if (name.startsWith("Le ")) {
			return "du " + name.substring(3);
		}
		if (name.startsWith("Les ")) {
			return "des " + name.substring(4);
		}
		return "AEIOUYÉÈÎÔ".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "d'" + name : "de " + name;
	}

	private static double population(GeoZone zone) {
		return zone.population() == null ? 1 : Math.max(1, zone.population());
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static Subject subject(String titles, String themes, String tags, String formats, String frequency,
			String publishers, String schema, String sentence, String searches) {
		Set<Kind> kinds = EnumSet.noneOf(Kind.class);
		for (String kind : publishers.replace("SELF ", "").split(" ")) {
			kinds.add(Kind.valueOf(kind));
		}
		return new Subject(titles.split(";"), themes.split(" "), tags.split(" "), formats.split(" "),
				Frequency.valueOf(frequency), kinds, publishers.startsWith("SELF "), schema, sentence,
				searches.split(";"));
	}

	/** Values drawn by weight: a binary search over the cumulative weights, O(log n) a draw. */
	private static final class Weighted<T> {

		private final List<T> values;

		private final double[] cumulative;

		private Weighted(List<T> values, double[] weights) {
			this.values = List.copyOf(values);
			this.cumulative = new double[weights.length];
			double sum = 0;
			for (int i = 0; i < weights.length; i++) {
				sum += weights[i];
				cumulative[i] = sum;
			}
		}

		static <T> Weighted<T> of(List<T> values, ToDoubleFunction<T> weight) {
			return new Weighted<>(values, values.stream().mapToDouble(weight).toArray());
		}

		/** {@code "lov2:72 odc-odbl:13"}: values and their weights. */
		static Weighted<String> parse(String spec) {
			String[] pairs = spec.split(" ");
			return new Weighted<>(Arrays.stream(pairs).map(pair -> pair.split(":")[0]).toList(),
					Arrays.stream(pairs).mapToDouble(pair -> Double.parseDouble(pair.split(":")[1])).toArray());
		}

		T pick(Random random) {
			double x = random.nextDouble() * cumulative[cumulative.length - 1];
			int i = Arrays.binarySearch(cumulative, x);
			// not found: the insertion point is the first cumulative weight above x
			return values.get(Math.min(i >= 0 ? i + 1 : -i - 1, values.size() - 1));
		}
	}
}
