package org.datagora.rdf;

import static java.util.Map.entry;
import static org.datagora.rdf.DcatTerms.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.datagora.catalog.CatalogProperties;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.springframework.stereotype.Service;

/**
 * The catalog in DCAT-AP: one dataset, one page (with its Hydra links) or every public dataset,
 * streamed. Private and deleted datasets are never exported, archived ones only on their own.
 */
@Service
public class DcatExport {

	/** Datasets read from PostgreSQL at a time by the dump. */
	private static final int DUMP_BATCH = 1000;

	static final PrefixMap PREFIXES = PrefixMapFactory.create(Map.ofEntries(
			entry("dcat", DCAT), entry("dct", DCT), entry("foaf", FOAF),
			entry("vcard", VCARD), entry("skos", SKOS), entry("spdx", SPDX),
			entry("locn", LOCN), entry("rdf", RDF), entry("rdfs", RDFS),
			entry("xsd", XSD), entry("gsp", GSP), entry("dcatap", DCATAP),
			entry("eli", ELI), entry("hydra", HYDRA), entry("owl", OWL)));

	private final Datasets datasets;

	private final RdfProperties properties;

	private final DatasetTriples triples;

	DcatExport(Datasets datasets, GeoZones zones, CatalogProperties catalog, RdfProperties properties) {
		this.datasets = datasets;
		this.properties = properties;
		// zones are reference data, named over and over by a dump: their names are kept
		LoadingCache<String, Optional<String>> zoneNames = Caffeine.newBuilder()
			.maximumSize(50_000)
			.expireAfterWrite(Duration.ofHours(1))
			.build(id -> zones.find(id).map(GeoZone::name));
		this.triples = new DatasetTriples(catalog.baseUrl(), properties.language(),
				id -> zoneNames.get(id).orElse(null));
	}

	/** Whether a dataset may be exported at all: an archived one keeps its description, out of the catalog. */
	public static boolean exported(Dataset dataset) {
		return !dataset.isPrivate() && dataset.deleted() == null;
	}

	/** The triples of one dataset: what its export says, and what validation checks. */
	public Graph graph(Dataset dataset) {
		Graph graph = GraphFactory.createDefaultGraph();
		triples.dataset(StreamRDFLib.graph(graph), dataset);
		return graph;
	}

	public void write(Dataset dataset, RdfFormat format, OutputStream out) {
		write(graph(dataset), format, out);
	}

	public void write(CatalogPage page, RdfFormat format, OutputStream out) {
		Graph graph = GraphFactory.createDefaultGraph();
		StreamRDF stream = StreamRDFLib.graph(graph);
		Node catalog = catalogHeader(stream);
		for (Dataset dataset : page.datasets()) {
			stream.triple(Triple.create(catalog, DATASET, triples.datasetNode(dataset)));
			triples.dataset(stream, dataset);
		}
		hydra(stream, catalog, page);
		write(graph, format, out);
	}

	/**
	 * Every exported dataset, streamed: PostgreSQL is read in batches by a second thread while this
	 * one writes, and no more than two batches are held at any time.
	 *
	 * @param format a format that streams ({@link RdfFormat#stream()} not null)
	 */
	public void writeAll(RdfFormat format, OutputStream out) {
		FlushedAtEnd buffered = new FlushedAtEnd(out);
		SubjectGroups stream = new SubjectGroups(StreamRDFWriter.getWriterStream(buffered, format.stream()));
		stream.start();
		PREFIXES.forEach(stream::prefix);
		Node catalog = catalogHeader(stream);
		readAhead(batch -> {
			for (Dataset dataset : batch) {
				if (exported(dataset) && dataset.archived() == null) {
					stream.triple(Triple.create(catalog, DATASET, triples.datasetNode(dataset)));
					triples.dataset(stream, dataset);
					stream.pass();
				}
			}
		});
		stream.finish();
		buffered.end();
	}

	/**
	 * Jena's streaming Turtle writer (TURTLE_BLOCKS) flushes its output after every subject. Passed on
	 * to the servlet's stream, each of those flushes was a socket write of a few hundred bytes: half
	 * of the Turtle dump's time went to them (JFR). The dump's bytes leave 64 KiB at a time, and the
	 * stream is flushed once, at the end.
	 */
	private static final class FlushedAtEnd extends BufferedOutputStream {

		FlushedAtEnd(OutputStream out) {
			super(out, 1 << 16);
		}

		@Override
		public void flush() {
			// the writer's flushes stay here
		}

		void end() {
			try {
				super.flush();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private static void flush(OutputStream out) {
		try {
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Node catalogHeader(StreamRDF stream) {
		Node catalog = triples.catalogNode();
		triples.catalog(stream, catalog, properties.catalogTitle(), properties.catalogDescription(),
				properties.publisher());
		return catalog;
	}

	/** Hydra's PartialCollectionView: the page's place in the collection and its neighbours. */
	private static void hydra(StreamRDF stream, Node catalog, CatalogPage page) {
		Node view = NodeFactory.createURI(page.self());
		stream.triple(Triple.create(catalog, VIEW, view));
		stream.triple(Triple.create(catalog, TOTAL_ITEMS,
				NodeFactory.createLiteralDT(Long.toString(page.total()), XSDDatatype.XSDnonNegativeInteger)));
		stream.triple(Triple.create(view, TYPE, PARTIAL_COLLECTION_VIEW));
		link(stream, view, FIRST, page.first());
		link(stream, view, PREVIOUS, page.previous());
		link(stream, view, NEXT, page.next());
		link(stream, view, LAST, page.last());
	}

	private static void link(StreamRDF stream, Node view, Node relation, String url) {
		if (url != null) {
			stream.triple(Triple.create(view, relation, NodeFactory.createURI(url)));
		}
	}

	private static void write(Graph graph, RdfFormat format, OutputStream out) {
		BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
		if (format.document() == null) {
			JsonLdWriter.write(graph, PREFIXES, buffered);
		}
		else {
			graph.getPrefixMapping().setNsPrefixes(PREFIXES.getMapping());
			RDFWriter.source(graph).format(format.document()).output(buffered);
		}
		flush(buffered);
	}

	private static void handOver(BlockingQueue<Object> queue, RuntimeException failure) {
		try {
			queue.put(failure);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Hands batches of the catalog, in id order, to {@code consumer} while the next one is read. */
	private void readAhead(Consumer<List<Dataset>> consumer) {
		BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
		Thread reader = new Thread(() -> {
			try {
				UUID after = null;
				while (true) {
					List<Dataset> batch = datasets.scan(null, after, DUMP_BATCH);
					if (batch.isEmpty()) {
						queue.put(List.of());
						return;
					}
					queue.put(batch);
					after = batch.get(batch.size() - 1).id();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException e) {
				handOver(queue, e);
			}
		}, "dcat-dump-reader");
		reader.setDaemon(true);
		reader.start();
		try {
			while (true) {
				Object next = queue.poll(5, TimeUnit.MINUTES);
				if (next instanceof RuntimeException failure) {
					throw failure;
				}
				if (next == null) {
					throw new IllegalStateException("The catalog reader gave nothing for 5 minutes");
				}
				@SuppressWarnings("unchecked")
				List<Dataset> batch = (List<Dataset>) next;
				if (batch.isEmpty()) {
					return;
				}
				consumer.accept(batch);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The dump was interrupted", e);
		}
		finally {
			// the client may have gone: the reader must not wait on a queue nobody reads
			reader.interrupt();
		}
	}
}
