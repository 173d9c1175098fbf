package org.datagora.rdf;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Links as IRIs that every RDF syntax can write and read back. Harvested links may carry spaces,
 * quotes or braces: they are percent-encoded, and anything that is still not an absolute IRI is
 * left out rather than written into a document a harvester would choke on.
 */
final class Iris {

	private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$");

	private static final String FORBIDDEN = "<>\"{}|\\^`";

	private Iris() {
	}

	/** The IRI of {@code link}, or null when it cannot be one. */
	static String of(String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		StringBuilder iri = new StringBuilder(link.length() + 8);
		link.strip().codePoints().forEach(cp -> {
			boolean forbidden = cp < 0x80 ? cp <= 0x20 || cp == 0x7f || FORBIDDEN.indexOf(cp) >= 0
					: Character.isSpaceChar(cp) || Character.isISOControl(cp);
			if (!forbidden) {
				iri.appendCodePoint(cp);
				return;
			}
			// non-ASCII is allowed in IRIs, but not spaces or controls of any script
			for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8)) {
				iri.append('%').append(String.format("%02X", b & 0xff));
			}
		});
		return ABSOLUTE.matcher(iri).matches() ? iri.toString() : null;
	}
}
