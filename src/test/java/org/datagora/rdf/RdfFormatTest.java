package org.datagora.rdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Accept headers ask for RDF rather than the page. */
class RdfFormatTest {

	@Test
	void browsersGetThePageAndRdfClientsTheirFormat() {
		assertThat(RdfFormat.preferred("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isEmpty();
		assertThat(RdfFormat.preferred("*/*")).isEmpty();
		assertThat(RdfFormat.preferred(null)).isEmpty();
		assertThat(RdfFormat.preferred("application/json")).isEmpty();
		assertThat(RdfFormat.preferred("not a type")).isEmpty();
		assertThat(RdfFormat.preferred("text/turtle")).contains(RdfFormat.TURTLE);
		assertThat(RdfFormat.preferred("application/ld+json, text/html;q=0.5")).contains(RdfFormat.JSON_LD);
		assertThat(RdfFormat.preferred("text/html;q=0.5, application/rdf+xml")).contains(RdfFormat.RDF_XML);
		assertThat(RdfFormat.preferred("text/html, application/n-triples;q=0.9")).isEmpty();
		assertThat(RdfFormat.preferred("application/n-triples;q=0.9, text/html;q=0.1")).contains(RdfFormat.N_TRIPLES);
	}
}
