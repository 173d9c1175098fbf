package org.datagora.rdf;

import static org.datagora.rdf.DcatTerms.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.datagora.catalog.AccessType;
import org.datagora.catalog.Coded;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.DatasetBadge;
import org.datagora.catalog.HvdCategory;
import org.datagora.catalog.Resource;
import org.datagora.catalog.ResourceType;
import org.datagora.catalog.Theme;

/**
 * One dataset as DCAT-AP 3.0.1 triples, written to a stream so that the whole catalog goes out
 * without being held. Every node that the shapes constrain by class is typed (a licence is a
 * dct:LicenseDocument, a frequency a dct:Frequency ...), as DCAT-AP's range shapes ask.
 */
final class DatasetTriples {

	private static final RDFDatatype WKT = TypeMapper.getInstance().getSafeTypeByName(GSP + "wktLiteral");

	/** Codes of the EU file-type table for the formats publishers use most; others get a label. */
	private static final Set<String> EU_FILE_TYPES = Set.of("CSV", "TSV", "JSON", "GEOJSON", "JSON_LD", "XML", "XLS",
			"XLSX", "ODS", "ZIP", "GZIP", "TAR", "7Z", "PDF", "TXT", "HTML", "RDF", "RDF_XML", "RDF_TURTLE",
			"RDF_N_TRIPLES", "SHP", "KML", "KMZ", "GPKG", "GML", "PARQUET", "DOC", "DOCX", "ODT", "PNG", "JPEG", "TIFF",
			"GTFS", "NETCDF", "SQL", "WMS_SRVC", "WFS_SRVC", "MAP_SRVC", "ATOM", "RSS", "YAML", "DBF", "MDB", "GRIB");

	private static final Pattern MEDIA_TYPE = Pattern.compile("^[a-z]+/[A-Za-z0-9.+_-]+$");

	private static final Node LEGISLATION = NodeFactory.createURI(HVD_REGULATION);

	private final String baseUrl;

	private final String language;

	private final Function<String, String> zoneNames;

	/**
	 * @param language the language tag of titles, descriptions and keywords (empty: none)
	 * @param zoneNames the name of a geo zone by its id, or null
	 */
	DatasetTriples(String baseUrl, String language, Function<String, String> zoneNames) {
		this.baseUrl = baseUrl;
		this.language = language == null ? "" : language;
		this.zoneNames = zoneNames;
	}

	Node catalogNode() {
		return NodeFactory.createURI(baseUrl + "/catalog");
	}

	Node datasetNode(Dataset dataset) {
		return NodeFactory.createURI(baseUrl + "/datasets/" + dataset.id());
	}

	/** The catalog node and its mandatory properties (DCAT-AP: title, description, publisher). */
	void catalog(StreamRDF out, Node catalog, String title, String description, String publisher) {
		Node agent = NodeFactory.createURI(baseUrl + "/");
		add(out, catalog, TYPE, CATALOG);
		add(out, catalog, TITLE, text(title));
		add(out, catalog, DESCRIPTION, text(description));
		add(out, catalog, PUBLISHER, agent);
		add(out, catalog, HOMEPAGE, agent);
		add(out, agent, TYPE, AGENT);
		add(out, agent, TYPE, DOCUMENT);
		add(out, agent, NAME, text(publisher));
		if (!language.isEmpty()) {
			Node lang = NodeFactory.createURI(EU_AUTHORITY + "language/" + iso6392(language));
			add(out, catalog, LANGUAGE, lang);
			add(out, lang, TYPE, LINGUISTIC_SYSTEM);
		}
	}

	void dataset(StreamRDF out, Dataset dataset) {
		Node node = datasetNode(dataset);
		add(out, node, TYPE, DATASET_CLASS);
		add(out, node, IDENTIFIER, NodeFactory.createLiteralString(dataset.id().toString()));
		add(out, node, TITLE, text(dataset.title()));
		// DCAT-AP requires a description: a dataset without one is described by its title
		add(out, node, DESCRIPTION, text(blank(dataset.description()) ? dataset.title() : dataset.description()));
		for (String tag : dataset.tags()) {
			add(out, node, KEYWORD, text(tag));
		}
		for (Theme theme : dataset.themes()) {
			category(out, node, THEME, theme.uri(), theme);
		}
		Node page = NodeFactory.createURI(baseUrl + "/datasets/" + dataset.slug());
		add(out, node, LANDING_PAGE, page);
		add(out, page, TYPE, DOCUMENT);
		add(out, node, ISSUED, dateTime(dataset.createdAt()));
		add(out, node, MODIFIED, dateTime(dataset.lastModified()));
		if (dataset.frequency() != null) {
			concept(out, node, ACCRUAL_PERIODICITY, dataset.frequency().uri(), FREQUENCY);
		}
		concept(out, node, ACCESS_RIGHTS, EU_AUTHORITY + "access-right/" + accessRight(dataset.accessType()),
				RIGHTS_STATEMENT);
		boolean hvd = dataset.badges().contains(DatasetBadge.HVD);
		publisher(out, node, dataset);
		contactPoint(out, node, dataset.contactPoint(), hvd);
		temporal(out, node, dataset.temporalCoverage());
		spatial(out, node, dataset.spatial());
		for (HvdCategory category : dataset.hvdCategories()) {
			category(out, node, HVD_CATEGORY, category.uri(), category);
		}
		if (hvd) {
			add(out, node, APPLICABLE_LEGISLATION, LEGISLATION);
			add(out, LEGISLATION, TYPE, LEGAL_RESOURCE);
		}
		for (Resource resource : dataset.resources()) {
			distribution(out, node, dataset, resource, hvd);
		}
		if (dataset.resources().isEmpty()) {
			// the licence belongs to distributions; without any, the dataset carries it
			license(out, node, dataset);
		}
	}

	private void publisher(StreamRDF out, Node node, Dataset dataset) {
		if (dataset.organization() == null) {
			return;
		}
		Node agent = NodeFactory.createURI(baseUrl + "/organizations/" + dataset.organization().id());
		add(out, node, PUBLISHER, agent);
		add(out, agent, TYPE, AGENT);
		add(out, agent, NAME, NodeFactory.createLiteralString(dataset.organization().name()));
	}

	private void contactPoint(StreamRDF out, Node node, Dataset.ContactPoint contact, boolean hvd) {
		if (contact == null || (blank(contact.name()) && blank(contact.email()))) {
			return;
		}
		Node kind = part(node, "#contact-point");
		add(out, node, CONTACT_POINT, kind);
		add(out, kind, TYPE, KIND);
		if (!blank(contact.name())) {
			add(out, kind, FN, NodeFactory.createLiteralString(contact.name()));
		}
		String mailto = blank(contact.email()) ? null : Iris.of("mailto:" + contact.email().strip());
		if (mailto != null) {
			add(out, kind, HAS_EMAIL, NodeFactory.createURI(mailto));
			resource(out, NodeFactory.createURI(mailto), hvd);
		}
	}

	private void temporal(StreamRDF out, Node node, Dataset.Temporal temporal) {
		if (temporal == null || (temporal.start() == null && temporal.end() == null)) {
			return;
		}
		Node period = part(node, "#temporal");
		add(out, node, TEMPORAL, period);
		add(out, period, TYPE, PERIOD_OF_TIME);
		if (temporal.start() != null) {
			add(out, period, START_DATE, date(temporal.start()));
		}
		if (temporal.end() != null) {
			add(out, period, END_DATE, date(temporal.end()));
		}
	}

	/** Zones as dct:Location IRIs named in skos:prefLabel; the bounding box as GeoDCAT-AP's dcat:bbox. */
	private void spatial(StreamRDF out, Node node, Dataset.Spatial spatial) {
		if (spatial == null) {
			return;
		}
		for (String zone : spatial.zones()) {
			String iri = Iris.of(baseUrl + "/api/1/spatial/zones/" + zone);
			if (iri == null) {
				continue;
			}
			Node location = NodeFactory.createURI(iri);
			add(out, node, SPATIAL, location);
			add(out, location, TYPE, LOCATION);
			add(out, location, IDENTIFIER, NodeFactory.createLiteralString(zone));
			String name = zoneNames.apply(zone);
			if (name != null) {
				add(out, location, PREF_LABEL, NodeFactory.createLiteralString(name));
			}
		}
		List<Double> bbox = spatial.bbox();
		if (bbox != null && bbox.size() == 4) {
			Node location = part(node, "#bbox");
			add(out, node, SPATIAL, location);
			add(out, location, TYPE, LOCATION);
			double west = bbox.get(0), south = bbox.get(1), east = bbox.get(2), north = bbox.get(3);
			String polygon = "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(west, south, east, south, east,
					north, west, north, west, south);
			add(out, location, BBOX, NodeFactory.createLiteralDT(polygon, WKT));
		}
	}

	private void distribution(StreamRDF out, Node datasetNode, Dataset dataset, Resource resource, boolean hvd) {
		String url = Iris.of(resource.url());
		if (url == null) {
			return;
		}
		Node node = NodeFactory.createURI(datasetNode.getURI() + "#resource-" + resource.id());
		add(out, datasetNode, DISTRIBUTION, node);
		add(out, node, TYPE, DISTRIBUTION_CLASS);
		add(out, node, IDENTIFIER, NodeFactory.createLiteralString(resource.id().toString()));
		if (!blank(resource.title())) {
			add(out, node, TITLE, text(resource.title()));
		}
		if (!blank(resource.description())) {
			add(out, node, DESCRIPTION, text(resource.description()));
		}
		Node link = NodeFactory.createURI(url);
		add(out, node, ACCESS_URL, link);
		resource(out, link, hvd);
		if (resource.type() != ResourceType.API && resource.type() != ResourceType.DOCUMENTATION) {
			add(out, node, DOWNLOAD_URL, link);
		}
		format(out, node, resource.format());
		if (resource.mime() != null && MEDIA_TYPE.matcher(resource.mime()).matches()) {
			concept(out, node, DcatTerms.MEDIA_TYPE, IANA_MEDIA_TYPES + resource.mime(), MEDIA_TYPE_CLASS);
		}
		if (resource.filesize() != null && resource.filesize() >= 0) {
			add(out, node, BYTE_SIZE,
					NodeFactory.createLiteralDT(resource.filesize().toString(), XSDDatatype.XSDnonNegativeInteger));
		}
		checksum(out, node, resource.checksum());
		schema(out, node, resource.schema());
		add(out, node, ISSUED, dateTime(resource.createdAt()));
		add(out, node, MODIFIED, dateTime(resource.lastModified()));
		license(out, node, dataset);
		if (hvd) {
			add(out, node, APPLICABLE_LEGISLATION, LEGISLATION);
		}
	}

	private void format(StreamRDF out, Node node, String format) {
		if (blank(format)) {
			return;
		}
		String code = format.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		if (EU_FILE_TYPES.contains(code)) {
			concept(out, node, FORMAT, EU_AUTHORITY + "file-type/" + code, MEDIA_TYPE_OR_EXTENT);
			return;
		}
		Node extent = NodeFactory.createBlankNode();
		add(out, node, FORMAT, extent);
		add(out, extent, TYPE, MEDIA_TYPE_OR_EXTENT);
		add(out, extent, LABEL, NodeFactory.createLiteralString(format.strip()));
	}

	private void checksum(StreamRDF out, Node node, Resource.Checksum checksum) {
		if (checksum == null || blank(checksum.type()) || blank(checksum.value())
				|| !checksum.value().matches("[0-9A-Fa-f]+")) {
			return;
		}
		Node value = part(node, "-checksum");
		add(out, node, CHECKSUM, value);
		add(out, value, TYPE, CHECKSUM_CLASS);
		add(out, value, ALGORITHM, uri(SPDX, "checksumAlgorithm_" + checksum.type().toLowerCase(Locale.ROOT).replace("-", "")));
		add(out, value, CHECKSUM_VALUE,
				NodeFactory.createLiteralDT(checksum.value().toLowerCase(Locale.ROOT), XSDDatatype.XSDhexBinary));
	}

	private void schema(StreamRDF out, Node node, Resource.Schema schema) {
		if (schema == null) {
			return;
		}
		String url = Iris.of(schema.url());
		Node standard = url != null ? NodeFactory.createURI(url) : NodeFactory.createBlankNode();
		if (url == null && blank(schema.name())) {
			return;
		}
		add(out, node, CONFORMS_TO, standard);
		add(out, standard, TYPE, STANDARD);
		if (!blank(schema.name())) {
			add(out, standard, TITLE, NodeFactory.createLiteralString(schema.name()));
		}
		if (!blank(schema.version())) {
			add(out, standard, VERSION_INFO, NodeFactory.createLiteralString(schema.version()));
		}
	}

	private void license(StreamRDF out, Node node, Dataset dataset) {
		String url = dataset.license() == null ? null : dataset.license().url();
		if (url != null) {
			concept(out, node, LICENSE, url, LICENSE_DOCUMENT);
		}
	}

	/**
	 * A node of a dataset or distribution named under its IRI ({@code …/datasets/{id}#temporal}).
	 * The nodes every dataset has are not blank: a streaming Turtle writer keeps a label for each
	 * blank node until the end of the document, which a dump of the whole catalog cannot afford.
	 */
	private static Node part(Node owner, String suffix) {
		return NodeFactory.createURI(owner.getURI() + suffix);
	}

	/** {@code subject property <iri>} and {@code <iri> a type}. */
	private static void concept(StreamRDF out, Node subject, Node property, String iri, Node type) {
		Node value = NodeFactory.createURI(iri);
		add(out, subject, property, value);
		add(out, value, TYPE, type);
	}

	/** A skos:Concept of a vocabulary, labelled (as DCAT-AP asks of categories) in French and English. */
	private static void category(StreamRDF out, Node subject, Node property, String iri, Coded value) {
		concept(out, subject, property, iri, CONCEPT);
		Node category = NodeFactory.createURI(iri);
		add(out, category, PREF_LABEL, NodeFactory.createLiteralLang(value.fr(), "fr"));
		add(out, category, PREF_LABEL, NodeFactory.createLiteralLang(value.en(), "en"));
	}

	/**
	 * The HVD shapes ask some values to be of class rdfs:Resource, which every IRI is, but a SHACL
	 * engine without inference only sees it written.
	 */
	private static void resource(StreamRDF out, Node iri, boolean hvd) {
		if (hvd) {
			add(out, iri, TYPE, RESOURCE);
		}
	}

	private static String accessRight(AccessType type) {
		return switch (type == null ? AccessType.OPEN : type) {
			case OPEN -> "PUBLIC";
			case OPEN_WITH_ACCOUNT -> "RESTRICTED";
			case RESTRICTED -> "NON_PUBLIC";
		};
	}

	/** ISO 639-2 codes, as the EU language table names languages, for the tags a portal uses. */
	private static String iso6392(String tag) {
		return switch (tag.toLowerCase(Locale.ROOT)) {
			case "fr" -> "FRA";
			case "en" -> "ENG";
			case "de" -> "DEU";
			case "es" -> "SPA";
			case "it" -> "ITA";
			case "nl" -> "NLD";
			default -> tag.toUpperCase(Locale.ROOT);
		};
	}

	private Node text(String value) {
		return language.isEmpty() ? NodeFactory.createLiteralString(value) : NodeFactory.createLiteralLang(value, language);
	}

	private static Node dateTime(Instant instant) {
		return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
	}

	private static Node date(LocalDate date) {
		return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static void add(StreamRDF out, Node subject, Node property, Node object) {
		out.triple(Triple.create(subject, property, object));
	}
}
