package org.datagora.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * What people type, made safe for Solr's query parsers: every character with a meaning in
 * Solr syntax ({@code title:*}, brackets, {@code ~}, a lone quote) is escaped, so it is searched
 * as text. Only balanced double quotes keep their meaning: a phrase.
 */
final class UserText {

	private UserText() {
	}

	/** The words as an edismax query: words escaped, balanced phrases kept. */
	static String query(String text) {
		String cleaned = text.strip();
		boolean phrases = cleaned.chars().filter(c -> c == '"').count() % 2 == 0;
		var out = new StringBuilder();
		boolean inPhrase = false;
		for (String part : cleaned.split("\"", -1)) {
			if (!out.isEmpty() || inPhrase) {
				out.append(phrases ? "\"" : " ");
			}
			out.append(inPhrase && phrases ? escapeInPhrase(part) : escapeWords(part));
			inPhrase = !inPhrase;
		}
		return out.toString().strip();
	}

	private static String escapeWords(String part) {
		List<String> words = new ArrayList<>();
		for (String word : part.split("\\s+")) {
			if (!word.isEmpty()) {
				// AND, OR and NOT stay words too
				words.add(ClientUtils.escapeQueryChars(word.equals("AND") || word.equals("OR") || word.equals("NOT")
						? word.toLowerCase(Locale.ROOT) : word));
			}
		}
		return String.join(" ", words);
	}

	private static String escapeInPhrase(String part) {
		return part.replace("\\", "\\\\");
	}

	/** The whole text as one escaped term, for exact matches on keyword fields. */
	static String term(String text) {
		return ClientUtils.escapeQueryChars(text.strip());
	}

	/** Each word of 4 letters or more with an edit distance of 1, for the typo-tolerant retry. */
	static String fuzzy(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.replace("\"", " ").strip().split("\\s+")) {
			if (!word.isEmpty()) {
				String escaped = ClientUtils.escapeQueryChars(word.toLowerCase(Locale.ROOT));
				words.add(word.codePointCount(0, word.length()) >= 4 ? escaped + "~1" : escaped);
			}
		}
		return String.join(" ", words);
	}
}
