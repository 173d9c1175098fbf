package org.datagora.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;

/**
 * Holds the triples of one dataset and passes them on grouped by subject, in the order subjects
 * first came. {@link DatasetTriples} writes a dataset's triples as it goes (the dataset, its
 * landing page, the dataset again, its publisher ...); a streaming Turtle writer starts a new
 * block at every change of subject, so grouped triples make a shorter dump where each subject is
 * written once.
 */
final class SubjectGroups extends StreamRDFWrapper {

	private final Map<Node, List<Triple>> held = new LinkedHashMap<>();

	SubjectGroups(StreamRDF out) {
		super(out);
	}

	@Override
	public void triple(Triple triple) {
		held.computeIfAbsent(triple.getSubject(), subject -> new ArrayList<>()).add(triple);
	}

	/** Passes on what is held, a subject at a time. */
	void pass() {
		held.values().forEach(triples -> triples.forEach(other::triple));
		held.clear();
	}

	@Override
	public void finish() {
		pass();
		super.finish();
	}
}
