package org.datagora.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Readable, unique URL names made from titles: "Base Adresse Nationale" becomes "base-adresse-nationale". */
final class Slugs {

	private static final int MAX = 80;

	private Slugs() {
	}

	static String slugify(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "sans-titre" : slug;
	}

	/** {@code base}, or {@code base-2}, {@code base-3}... the first one not taken. */
	static String unique(String base, Predicate<String> taken) {
		String candidate = base;
		for (int n = 2; taken.test(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}
}
