package org.datagora.harvest.dcat;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.lang.rdfxml.RRX;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestSink;

/**
 * One spooled RDF page. A small one is read into a Jena graph whole. A larger one (a full dump) is
 * read in passes, so that the heap holds one batch of datasets at a time: a first pass lists the
 * datasets and the next page; then, per batch, each pass keeps the triples of the nodes the batch
 * reached (dataset, then distribution, contact, period ..., then checksum), three passes deep.
 * Blank node labels are allocated by a counter, so that a node is the same from one pass to the next.
 */
final class RdfPage {

	/**
	 * Page-level knobs: what is read whole, how many datasets one batch holds, and the largest
	 * JSON-LD page (Titanium holds a JSON-LD document whole, so it cannot be read in batches).
	 */
	record Limits(long inMemoryBytes, int batchSize, long maxJsonLdBytes) {

		/**
		 * Scaled to the heap. Measured with a 512 MiB heap (DcatDumpBench): 100 MB of N-Triples,
		 * 38,000 datasets, hold 305 MB as one Jena graph, and read in batches of 10,000 datasets in
		 * 32 s with at most 97 MB live; a 48 MB JSON-LD page is read (20 s), a 100 MB one runs out of
		 * memory. A page of an eighth of the heap is read whole (a single pass: 50,000 datasets of
		 * Turtle, 62 MB, in about a third of the time of batches under a 2 GiB heap); larger ones in
		 * batches of 10,000 datasets per 512 MiB of heap.
		 */
		static final Limits DEFAULT = forHeap(Runtime.getRuntime().maxMemory());

		static Limits forHeap(long maxHeap) {
			return new Limits(Math.max(16L << 20, maxHeap / 8), (int) Math.max(10_000, 10_000 * (maxHeap / (512L << 20))),
					Math.max(32L << 20, maxHeap / 16));
		}
	}

	/** What a page gave: the datasets accepted, the next page's URL as written (or null). */
	record Result(int accepted, String next) {
	}

	private static final Node DATASET = DcatMapping.DATASET.asNode();

	private static final Set<Node> NEXT = Set.of(NodeFactory.createURI("http://www.w3.org/ns/hydra/core#next"),
			NodeFactory.createURI("http://www.w3.org/ns/hydra/core#nextPage"));

	/** Dataset, then what it points to (distribution), then what that points to (checksum). */
	private static final int DEPTH = 3;

	/** Real feeds carry bad IRIs (a space in a GeoNetwork URI) and ill-typed literals: only what stops the parser fails. */
	private static final ErrorHandler TOLERANT = new ErrorHandler() {

		@Override
		public void warning(String message, long line, long col) {
			// kept as read
		}

		@Override
		public void error(String message, long line, long col) {
			// kept as read: the parser goes on
		}

		@Override
		public void fatal(String message, long line, long col) {
			throw new RiotException("[line " + line + ", column " + col + "] " + message);
		}
	};

	/** Where no fetcher is given, no remote @context is read at all (never Titanium's own HTTP loader). */
	private static final DocumentLoader REFUSED = (url, options) -> {
		throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "Remote context refused: " + url);
	};

	private final Spool spool;

	private final Lang lang;

	private final String base;

	private final JsonLdContexts contexts;

	RdfPage(Spool spool, Lang lang, String base, JsonLdContexts contexts) {
		this.spool = spool;
		this.lang = lang;
		this.base = base;
		this.contexts = contexts;
	}

	Result read(HarvestSink sink, int budget, Limits limits) {
		if (lang == Lang.JSONLD && spool.size() > limits.maxJsonLdBytes()) {
			throw new HarvestException("A JSON-LD page of " + spool.size() / (1024 * 1024) + " MB is too large to read (at most "
					+ limits.maxJsonLdBytes() / (1024 * 1024) + " MB): ask the source for Hydra paging, Turtle or N-Triples");
		}
		if (lang == Lang.JSONLD || spool.size() <= limits.inMemoryBytes()) {
			Graph graph = GraphFactory.createDefaultGraph();
			parse(graph::add);
			Model model = ModelFactory.createModelForGraph(graph);
			String next = graph.stream(Node.ANY, Node.ANY, Node.ANY)
				.filter(triple -> NEXT.contains(triple.getPredicate()))
				.map(triple -> text(triple.getObject()))
				.findFirst()
				.orElse(null);
			return new Result(DcatMapping.readAll(model, sink, budget), next);
		}
		return readInBatches(sink, budget, limits.batchSize());
	}

	private Result readInBatches(HarvestSink sink, int budget, int batchSize) {
		Set<Node> typed = new LinkedHashSet<>();
		String[] next = new String[1];
		parse(triple -> {
			if (triple.getPredicate().equals(RDF.Nodes.type) && triple.getObject().equals(DATASET)) {
				typed.add(triple.getSubject());
			}
			else if (NEXT.contains(triple.getPredicate())) {
				next[0] = text(triple.getObject());
			}
		});
		List<Node> datasets = List.copyOf(typed);
		int accepted = 0;
		for (int from = 0; from < datasets.size() && (budget == 0 || accepted < budget); from += batchSize) {
			List<Node> batch = datasets.subList(from, Math.min(datasets.size(), from + batchSize));
			Model model = ModelFactory.createModelForGraph(closure(batch));
			for (Node dataset : batch) {
				if ((budget == 0 || accepted < budget) && DcatMapping.read(model.wrapAsResource(dataset), sink)) {
					accepted++;
				}
			}
		}
		return new Result(accepted, next[0]);
	}

	/** The triples of the batch's datasets and of the nodes they reach, {@link #DEPTH} levels down. */
	private Graph closure(List<Node> batch) {
		Graph graph = GraphFactory.createDefaultGraph();
		Set<Node> seen = new HashSet<>(batch);
		Set<Node> frontier = new HashSet<>(batch);
		for (int depth = 0; depth < DEPTH && !frontier.isEmpty(); depth++) {
			Set<Node> current = frontier;
			Set<Node> reached = new HashSet<>();
			parse(triple -> {
				if (current.contains(triple.getSubject())) {
					graph.add(triple);
					Node object = triple.getObject();
					if (!object.isLiteral() && !triple.getPredicate().equals(RDF.Nodes.type) && seen.add(object)) {
						reached.add(object);
					}
				}
			});
			frontier = reached;
		}
		return graph;
	}

	private void parse(Consumer<Triple> triples) {
		parse(RDFParser.source(spool.file()), lang, base, contexts, triples);
	}

	/** Parses with the harvest's settings: tolerant of bad IRIs, stable blank nodes, contexts through the fetcher. */
	static void parse(RDFParserBuilder source, Lang lang, String base, JsonLdContexts contexts, Consumer<Triple> triples) {
		// an empty rdf:resource="" names the page itself, never a licence or a theme
		Node page = NodeFactory.createURI(base);
		source.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(contexts == null ? REFUSED : contexts));
		try {
			source.lang(lang == Lang.RDFXML ? RRX.RDFXML_ARP1 : lang)
				.base(base)
				.labelToNode(LabelToNode.createIncremental())
				.checking(false)
				.errorHandler(TOLERANT)
				.parse(new StreamRDFBase() {

					@Override
					public void triple(Triple triple) {
						if (!triple.getObject().equals(page)) {
							triples.accept(triple);
						}
					}

					@Override
					public void quad(Quad quad) {
						// JSON-LD named graphs: a dataset is read whatever graph it is in
						triple(quad.asTriple());
					}
				});
		}
		catch (RiotException e) {
			throw new HarvestException("The page is not readable as " + lang.getLabel() + ": " + e.getMessage(), e);
		}
	}

	private static String text(Node node) {
		return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : null;
	}
}
