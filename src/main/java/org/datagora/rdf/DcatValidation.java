package org.datagora.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.DatasetBadge;
import org.springframework.stereotype.Service;

/**
 * Validates a dataset's DCAT-AP export with Jena SHACL against the official DCAT-AP 3.0.1 shapes
 * (SEMIC, CC-BY-4.0, shipped under {@code rdf/shacl/}): the mandatory properties, the classes of
 * values (range), the recommended properties, and for high-value datasets the HVD 3.0.0 shapes.
 */
@Service
public class DcatValidation {

	private record Rules(String name, Shapes shapes) {
	}

	private final List<Rules> always;

	private final Rules hvd;

	private final Rules recommended;

	private final DcatExport export;

	DcatValidation(DcatExport export) {
		this.export = export;
		this.always = List.of(new Rules("mandatory", shapes("shapes.ttl")), new Rules("range", shapes("range.ttl")));
		this.hvd = new Rules("hvd", shapes("hvd.ttl"));
		this.recommended = new Rules("recommended", shapes("shapes_recommended.ttl"));
	}

	private static Shapes shapes(String file) {
		Graph graph = GraphFactory.createDefaultGraph();
		try (var in = DcatValidation.class.getResourceAsStream("/rdf/shacl/" + file)) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return Shapes.parse(graph);
	}

	public DcatReport validate(Dataset dataset) {
		Graph graph = export.graph(dataset);
		boolean isHvd = dataset.badges().contains(DatasetBadge.HVD);
		List<DcatReport.Finding> violations = new ArrayList<>();
		for (Rules rules : always) {
			violations.addAll(findings(rules, graph, dataset));
		}
		if (isHvd) {
			violations.addAll(findings(hvd, graph, dataset));
		}
		return new DcatReport(dataset.id(), dataset.slug(), dataset.title(), isHvd, violations,
				findings(recommended, graph, dataset));
	}

	/**
	 * The violations of the mandatory and range shapes in any graph (a whole catalog page or dump),
	 * focus nodes as they are.
	 */
	public List<DcatReport.Finding> violations(Graph graph) {
		return always.stream().flatMap(rules -> findings(rules, graph, null).stream()).toList();
	}

	private static List<DcatReport.Finding> findings(Rules rules, Graph graph, Dataset dataset) {
		ValidationReport report = ShaclValidator.get().validate(rules.shapes(), graph);
		return report.getEntries()
			.stream()
			.map(entry -> new DcatReport.Finding(rules.name(), focus(entry.focusNode(), dataset), path(entry),
					entry.message(), entry.value() == null ? null : label(entry.value())))
			.distinct()
			.sorted(Comparator.comparing(DcatReport.Finding::focus).thenComparing(DcatReport.Finding::path))
			.toList();
	}

	/** The dataset, "resource <title>", or the node itself. */
	private static String focus(Node node, Dataset dataset) {
		if (dataset == null) {
			return label(node);
		}
		if (node.isURI() && node.getURI().endsWith("/datasets/" + dataset.id())) {
			return "dataset";
		}
		if (node.isURI() && node.getURI().contains("#resource-")) {
			String id = node.getURI().substring(node.getURI().indexOf("#resource-") + "#resource-".length());
			return dataset.resources()
				.stream()
				.filter(resource -> resource.id().toString().equals(id))
				.findFirst()
				.map(resource -> "resource " + (resource.title() == null ? id : resource.title()))
				.orElse("resource " + id);
		}
		return label(node);
	}

	private static String path(ReportEntry entry) {
		Path path = entry.resultPath();
		return path == null ? "" : path.toString(new Prologue(PREFIXES));
	}

	private static String label(Node node) {
		if (node.isURI()) {
			return PREFIXES.shortForm(node.getURI());
		}
		return node.isLiteral() ? node.getLiteralLexicalForm() : "[]";
	}

	/** The export's prefixes, so that a report names properties as the export writes them. */
	private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
		.setNsPrefixes(DcatExport.PREFIXES.getMapping())
		.setNsPrefix("adms", DcatTerms.ADMS)
		.lock();
}
