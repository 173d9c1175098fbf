package org.datagora.harvest.dcat;

import static org.datagora.rdf.DcatTerms.DCAT;
import static org.datagora.rdf.DcatTerms.DCT;
import static org.datagora.rdf.DcatTerms.FOAF;
import static org.datagora.rdf.DcatTerms.LOCN;
import static org.datagora.rdf.DcatTerms.RDFS;
import static org.datagora.rdf.DcatTerms.SCHEMA;
import static org.datagora.rdf.DcatTerms.SKOS;
import static org.datagora.rdf.DcatTerms.SPDX;
import static org.datagora.rdf.DcatTerms.VCARD;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteResource;

/**
 * DCAT-AP 1.1 to 3.0 (and GeoDCAT-AP) datasets of an RDF graph as {@link RemoteDataset}s, read
 * with the terms the portal's own export writes ({@link org.datagora.rdf.DcatTerms}). Values
 * are kept as written; descriptions are kept as the source wrote them (HTML included). Public so
 * that the CSW adapter reads GeoNetwork's DCAT output with the same mapping.
 */
public final class DcatMapping {

	static final Resource DATASET = ResourceFactory.createResource(DCAT + "Dataset");

	/** Languages in order of preference; a value without language tag comes next, then any. */
	private static final List<String> LANGUAGES = List.of("fr", "en");

	private DcatMapping() {
	}

	/**
	 * Hands every dcat:Dataset of {@code model} to the sink, at most {@code budget} (0: no limit).
	 *
	 * @return how many were accepted
	 */
	public static int readAll(Model model, HarvestSink sink, int budget) {
		int accepted = 0;
		for (Resource dataset : model.listSubjectsWithProperty(RDF.type, DATASET).toList()) {
			if (budget > 0 && accepted >= budget) {
				break;
			}
			if (read(dataset, sink)) {
				accepted++;
			}
		}
		return accepted;
	}

	/**
	 * Reads one RDF/XML document (a CSW record in GeoNetwork's DCAT output) and hands its datasets
	 * to the sink, at most {@code budget} (0: no limit).
	 *
	 * @return how many were accepted
	 */
	public static int readRdfXml(InputStream in, String base, HarvestSink sink, int budget) {
		Graph graph = GraphFactory.createDefaultGraph();
		RdfPage.parse(RDFParser.source(in), Lang.RDFXML, base, null, graph::add);
		return readAll(ModelFactory.createModelForGraph(graph), sink, budget);
	}

	/** Maps one dataset into the sink: accepted, or failed with the reason; true if accepted. */
	static boolean read(Resource dataset, HarvestSink sink) {
		String remoteId = text(dataset, DCT + "identifier").orElse(dataset.isURIResource() ? dataset.getURI() : null);
		Optional<String> title = text(dataset, DCT + "title");
		if (remoteId == null) {
			sink.failed(null, "A dataset has neither dct:identifier nor URI" + title.map(t -> " (\"" + t + "\")").orElse(""));
			return false;
		}
		if (title.isEmpty()) {
			sink.failed(remoteId, "The dataset has no dct:title");
			return false;
		}
		sink.accept(dataset(dataset, remoteId, title.get()));
		return true;
	}

	private static RemoteDataset dataset(Resource dataset, String remoteId, String title) {
		List<Resource> distributions = objects(dataset, DCAT + "distribution").filter(RDFNode::isResource)
			.map(RDFNode::asResource)
			.toList();
		Optional<Resource> temporal = objects(dataset, DCT + "temporal").filter(RDFNode::isResource)
			.map(RDFNode::asResource)
			.findFirst();
		Optional<Resource> contact = objects(dataset, DCAT + "contactPoint").filter(RDFNode::isResource)
			.map(RDFNode::asResource)
			.findFirst();
		String license = value(dataset, DCT + "license")
			.or(() -> distributions.stream().flatMap(d -> value(d, DCT + "license").stream()).findFirst())
			.or(() -> text(dataset, DCT + "rights"))
			.orElse(null);
		return new RemoteDataset(remoteId, value(dataset, DCAT + "landingPage").orElse(null), title,
				text(dataset, DCT + "description").or(() -> text(dataset, DCT + "abstract")).orElse(null),
				keywords(dataset), values(dataset, DCAT + "theme"), license,
				value(dataset, DCT + "accrualPeriodicity").orElse(null), zones(dataset), bbox(dataset), null,
				temporal.flatMap(t -> firstText(t, DCAT + "startDate", SCHEMA + "startDate")).orElse(null),
				temporal.flatMap(t -> firstText(t, DCAT + "endDate", SCHEMA + "endDate")).orElse(null),
				objects(dataset, DCT + "publisher").findFirst().flatMap(DcatMapping::name).orElse(null),
				contact.flatMap(DcatMapping::name).orElse(null), contact.flatMap(DcatMapping::email).orElse(null),
				text(dataset, DCT + "modified").map(Dates::instant).orElse(null),
				distributions.stream().map(DcatMapping::resource).flatMap(Optional::stream).toList());
	}

	private static Optional<RemoteResource> resource(Resource distribution) {
		Optional<String> url = value(distribution, DCAT + "downloadURL").or(() -> value(distribution, DCAT + "accessURL"));
		return url.map(link -> new RemoteResource(text(distribution, DCT + "title").orElse(null),
				text(distribution, DCT + "description").orElse(null), link,
				value(distribution, DCT + "format").orElse(null),
				value(distribution, DCAT + "mediaType").map(DcatMapping::mediaType).orElse(null),
				text(distribution, DCAT + "byteSize").flatMap(DcatMapping::size).orElse(null), checksum(distribution),
				value(distribution, DCT + "conformsTo").orElse(null)));
	}

	/** Keywords in the preferred language (with those without a tag), all of them if none is in it. */
	private static List<String> keywords(Resource dataset) {
		List<Literal> all = objects(dataset, DCAT + "keyword").filter(RDFNode::isLiteral).map(RDFNode::asLiteral).toList();
		Optional<String> language = LANGUAGES.stream()
			.filter(lang -> all.stream().anyMatch(k -> k.getLanguage().equalsIgnoreCase(lang)))
			.findFirst();
		return all.stream()
			.filter(k -> language.isEmpty() || k.getLanguage().isEmpty() || k.getLanguage().equalsIgnoreCase(language.get()))
			.map(k -> k.getLexicalForm().strip())
			.filter(k -> !k.isEmpty())
			.distinct()
			.toList();
	}

	/** Spatial coverage as URIs, names and plain-text values; geometries go to the bbox. */
	private static List<String> zones(Resource dataset) {
		Set<String> zones = new LinkedHashSet<>();
		objects(dataset, DCT + "spatial").forEach(spatial -> {
			// a location named by a URI is a zone, unless it only carries a geometry (a bounding box)
			if (spatial.isURIResource() && objects(spatial.asResource(), DCAT + "bbox").findAny().isEmpty()
					&& objects(spatial.asResource(), LOCN + "geometry").findAny().isEmpty()) {
				zones.add(spatial.asResource().getURI());
			}
			if (spatial.isResource()) {
				firstText(spatial.asResource(), SKOS + "prefLabel", RDFS + "label", DCT + "title", LOCN + "geographicName")
					.ifPresent(zones::add);
			}
			else if (Geometries.bbox(spatial.asLiteral().getLexicalForm()) == null) {
				zones.add(spatial.asLiteral().getLexicalForm().strip());
			}
		});
		zones.remove("");
		return List.copyOf(zones);
	}

	private static List<Double> bbox(Resource dataset) {
		return objects(dataset, DCT + "spatial")
			.flatMap(spatial -> spatial.isLiteral() ? Stream.of(spatial)
					: Stream.concat(objects(spatial.asResource(), DCAT + "bbox"),
							objects(spatial.asResource(), LOCN + "geometry")))
			.filter(RDFNode::isLiteral)
			.map(geometry -> Geometries.bbox(geometry.asLiteral().getLexicalForm()))
			.filter(bbox -> bbox != null)
			.findFirst()
			.orElse(null);
	}

	private static String checksum(Resource distribution) {
		return objects(distribution, SPDX + "checksum").filter(RDFNode::isResource).map(RDFNode::asResource).findFirst()
			.flatMap(checksum -> text(checksum, SPDX + "checksumValue")
				.map(hex -> value(checksum, SPDX + "algorithm").map(DcatMapping::algorithm).orElse("unknown") + ":"
						+ hex.toLowerCase(Locale.ROOT)))
			.orElse(null);
	}

	/** spdx:checksumAlgorithm_sha256 -> sha256. */
	private static String algorithm(String uri) {
		String name = uri.substring(Math.max(uri.lastIndexOf('_'), Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'))) + 1);
		return name.toLowerCase(Locale.ROOT).replace("-", "");
	}

	/** An IANA media type URI as the media type it names. */
	private static String mediaType(String value) {
		int at = value.indexOf("/media-types/");
		return at < 0 ? value : value.substring(at + "/media-types/".length());
	}

	private static Optional<Long> size(String text) {
		try {
			return Optional.of(new java.math.BigDecimal(text.strip()).longValueExact());
		}
		catch (NumberFormatException | ArithmeticException e) {
			return Optional.empty();
		}
	}

	/** The name of an agent: a literal, or foaf:name, vcard:fn, skos:prefLabel ... of a node. */
	private static Optional<String> name(RDFNode agent) {
		if (agent.isLiteral()) {
			return Optional.of(agent.asLiteral().getLexicalForm().strip()).filter(name -> !name.isEmpty());
		}
		return firstText(agent.asResource(), FOAF + "name", VCARD + "fn", VCARD + "organization-name",
				SKOS + "prefLabel", RDFS + "label");
	}

	private static Optional<String> email(Resource contact) {
		return objects(contact, VCARD + "hasEmail")
			.map(email -> email.isResource() && !email.isURIResource()
					? value(email.asResource(), VCARD + "hasValue").orElse(null) : lexical(email))
			.filter(email -> email != null)
			.map(email -> email.replaceFirst("(?i)^mailto:", "").strip())
			.filter(email -> !email.isEmpty())
			.findFirst();
	}

	/** A literal, an IRI, or a blank node's rdf:value, label or identifier, as written. */
	private static Optional<String> value(Resource subject, String property) {
		return objects(subject, property).map(DcatMapping::valueOf).flatMap(Optional::stream).findFirst();
	}

	private static List<String> values(Resource subject, String property) {
		return objects(subject, property).map(DcatMapping::valueOf).flatMap(Optional::stream).distinct().toList();
	}

	private static Optional<String> valueOf(RDFNode node) {
		if (!node.isAnon()) {
			return Optional.ofNullable(lexical(node)).map(String::strip).filter(text -> !text.isEmpty());
		}
		return firstText(node.asResource(), RDF.getURI() + "value", SKOS + "prefLabel", RDFS + "label", DCT + "title",
				DCT + "identifier");
	}

	private static String lexical(RDFNode node) {
		return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : null;
	}

	private static Optional<String> firstText(Resource subject, String... properties) {
		return Stream.of(properties).map(property -> text(subject, property)).flatMap(Optional::stream).findFirst();
	}

	/** The literal of the preferred language: French, then English, then untagged, then any. */
	private static Optional<String> text(Resource subject, String property) {
		return objects(subject, property).filter(RDFNode::isLiteral)
			.map(RDFNode::asLiteral)
			.filter(literal -> !literal.getLexicalForm().isBlank())
			.min(Comparator.comparingInt(DcatMapping::languageRank))
			.map(literal -> literal.getLexicalForm().strip());
	}

	private static int languageRank(Literal literal) {
		String language = literal.getLanguage().toLowerCase(Locale.ROOT);
		int rank = LANGUAGES.indexOf(language.contains("-") ? language.substring(0, language.indexOf('-')) : language);
		return rank >= 0 ? rank : language.isEmpty() ? LANGUAGES.size() : LANGUAGES.size() + 1;
	}

	private static Stream<RDFNode> objects(Resource subject, String property) {
		Property predicate = subject.getModel().createProperty(property);
		List<RDFNode> objects = new ArrayList<>();
		subject.listProperties(predicate).forEach(statement -> objects.add(statement.getObject()));
		return objects.stream();
	}
}
