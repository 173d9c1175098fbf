package org.datagora.rdf;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/**
 * The serialisations of the export, by file extension and media type. Turtle and N-Triples can be
 * written as a stream, triple after triple: they are the formats of the whole-catalog dump.
 */
public enum RdfFormat {

	TURTLE("ttl", "text/turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS),
	RDF_XML("rdf", "application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, null),
	/** Written by {@link JsonLdWriter}: Jena's JSON-LD 1.1 writer compacts through Titanium, five times the cost of Turtle. */
	JSON_LD("jsonld", "application/ld+json", Lang.JSONLD, null, null),
	N_TRIPLES("nt", "application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, RDFFormat.NTRIPLES);

	private final String extension;

	private final MediaType mediaType;

	private final Lang lang;

	private final RDFFormat document;

	private final RDFFormat stream;

	RdfFormat(String extension, String mediaType, Lang lang, RDFFormat document, RDFFormat stream) {
		this.extension = extension;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.lang = lang;
		this.document = document;
		this.stream = stream;
	}

	public String extension() {
		return extension;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	public Lang lang() {
		return lang;
	}

	/** Jena's writer of a whole document, or null for JSON-LD ({@link JsonLdWriter}). */
	RDFFormat document() {
		return document;
	}

	/** The streaming writer's format, or null when this syntax needs the whole graph. */
	RDFFormat stream() {
		return stream;
	}

	public static Optional<RdfFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter(format -> format.extension.equalsIgnoreCase(extension)).findFirst();
	}

	/** The RDF format a client prefers, if it prefers one to an HTML page. */
	public static Optional<RdfFormat> preferred(String accept) {
		if (accept == null || accept.isBlank()) {
			return Optional.empty();
		}
		try {
			var types = MediaType.parseMediaTypes(accept);
			// quality first, then the more specific type
			MimeTypeUtils.sortBySpecificity(types);
			for (MediaType type : types) {
				if (type.isWildcardType() || MediaType.TEXT_HTML.isCompatibleWith(type)
						|| MediaType.APPLICATION_XHTML_XML.isCompatibleWith(type)) {
					return Optional.empty();
				}
				Optional<RdfFormat> format = Arrays.stream(values())
					.filter(candidate -> !type.isWildcardSubtype() && candidate.mediaType.isCompatibleWith(type))
					.findFirst();
				if (format.isPresent()) {
					return format;
				}
			}
		}
		catch (org.springframework.http.InvalidMediaTypeException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The supported extensions, for messages. */
	public static String extensions() {
		return Arrays.stream(values()).map(RdfFormat::extension).collect(Collectors.joining(", "));
	}

	/** The extensions of the formats that stream. */
	public static String streamingExtensions() {
		return Arrays.stream(values())
			.filter(format -> format.stream != null)
			.map(RdfFormat::extension)
			.collect(Collectors.joining(", "));
	}
}
