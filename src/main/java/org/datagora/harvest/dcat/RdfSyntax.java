package org.datagora.harvest.dcat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.LangBuilder;
import org.apache.jena.riot.RDFLanguages;

/** The syntax of a page: from its content type, else its URL's extension, else its first bytes. */
final class RdfSyntax {

	/** Not RDF: the DCAT-US 1.1 data.json of ArcGIS Hub, data.gov and Socrata. */
	static final Lang DATA_JSON = LangBuilder.create("DCAT-US data.json", "application/json").build();

	private RdfSyntax() {
	}

	static Lang of(String contentType, URI url, byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8).stripLeading().replace("\uFEFF", "");
		if (text.startsWith("{") && isDataJson(text)) {
			return DATA_JSON;
		}
		Lang lang = contentType == null ? null : RDFLanguages.contentTypeToLang(contentType);
		if (lang == null && url.getPath() != null) {
			lang = RDFLanguages.pathnameToLang(url.getPath());
		}
		return lang != null && RDFLanguages.isTriples(lang) || lang == Lang.JSONLD ? lang : sniff(text);
	}

	/** data.json says it conforms to the Project Open Data schema, or is a plain object listing "dataset". */
	private static boolean isDataJson(String head) {
		return head.contains("project-open-data.cio.gov/v1.1/schema")
				|| !head.contains("\"@context\"") && head.contains("\"dataset\"");
	}

	private static Lang sniff(String head) {
		String lower = head.toLowerCase(Locale.ROOT);
		if (lower.startsWith("{") || lower.startsWith("[")) {
			return Lang.JSONLD;
		}
		if (lower.startsWith("<?xml") || lower.startsWith("<rdf:") || lower.startsWith("<!--") || lower.startsWith("<!doctype")) {
			return Lang.RDFXML;
		}
		if (lower.startsWith("@prefix") || lower.startsWith("prefix") || lower.startsWith("@base") || lower.contains("\n@prefix")) {
			return Lang.TURTLE;
		}
		if (lower.startsWith("<") || lower.startsWith("_:")) {
			return Lang.NTRIPLES;
		}
		return Lang.TURTLE;
	}
}
