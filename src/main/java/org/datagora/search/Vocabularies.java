package org.datagora.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.datagora.catalog.Coded;
import org.datagora.web.ProblemException;

/** The catalog's coded vocabularies as search uses them: checking a filter, labelling counts. */
final class Vocabularies {

	private Vocabularies() {
	}

	/** {@code value} if it is a code of {@code vocabulary}; else a 400 naming {@code parameter}. */
	static String code(Coded[] vocabulary, String value, String parameter) {
		for (Coded coded : vocabulary) {
			if (coded.code().equals(value)) {
				return coded.code();
			}
		}
		throw ProblemException.invalid(parameter, "unknown value '" + value + "'");
	}

	/** The label of each code in the page's language. */
	static Map<String, String> labels(Coded[] vocabulary, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		for (Coded coded : vocabulary) {
			labels.put(coded.code(), coded.label(locale));
		}
		return labels;
	}
}
