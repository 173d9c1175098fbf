package org.datagora.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for matching: "Saint-Étienne" and "saint etienne" match. */
public final class Text {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’]+");

	private Text() {
	}

	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return SEPARATORS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ")
			.toLowerCase(Locale.ROOT)
			.strip();
	}
}
