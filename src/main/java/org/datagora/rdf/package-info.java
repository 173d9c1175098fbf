/**
 * RDF: the catalog in DCAT-AP 3.0.1 (with GeoDCAT-AP spatial coverage and the high-value dataset
 * extension) for the portals that harvest it, in Turtle, RDF/XML, JSON-LD and N-Triples, per
 * dataset, per organization, paged with Hydra or streamed whole; and the SHACL validation of that
 * export against the official shapes, so that publishers see what to fix. The DCAT harvester
 * reads with the same terms ({@link org.datagora.rdf.DcatTerms}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "RDF")
package org.datagora.rdf;
