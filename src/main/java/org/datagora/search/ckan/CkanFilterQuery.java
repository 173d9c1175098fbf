package org.datagora.search.ckan;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datagora.search.DatasetQuery;
import org.datagora.search.Facet;

/**
 * CKAN's {@code fq}, which CKAN hands to Solr as it is: the clauses our search can honour
 * ({@code field:value}, {@code field:"a value"}, {@code +field:value}, joined by spaces or
 * {@code AND}, and a {@code metadata_modified} range), read into its filters. Anything else is
 * refused with a message that names it, never guessed at.
 */
final class CkanFilterQuery {

	/** CKAN's field names and our facets; owner_org gives the organization's id. */
	static final Map<String, Facet> FIELDS = Map.of("organization", Facet.ORGANIZATION, "owner_org",
			Facet.ORGANIZATION, "tags", Facet.TAG, "res_format", Facet.FORMAT, "license_id", Facet.LICENSE, "groups",
			Facet.THEME);

	private static final String MODIFIED = "metadata_modified";

	private static final String KNOWN = String.join(", ", FIELDS.keySet().stream().sorted().toList()) + " and "
			+ MODIFIED;

	// an optional +, a field, then a quoted value, a range or a word (not a parenthesised group)
	private static final Pattern CLAUSE = Pattern.compile("\\+?(\\w+):(\"[^\"]*\"|[\\[{][^\\]}]*[\\]}]|[^\\s\"\\[{(]\\S*)");

	private static final Pattern RANGE = Pattern.compile("([\\[{])\\s*(\\S+)\\s+TO\\s+(\\S+)\\s*([\\]}])");

	private static final Pattern JOINS = Pattern.compile("(AND|&&)(\\s+(AND|&&))*");

	/** The filters of a search: one value per facet, and when the datasets were last modified. */
	record Filters(Map<Facet, String> facets, DatasetQuery.Period modified) {

		Filters {
			facets = Map.copyOf(facets);
		}

		static Filters of(Map<Facet, String> facets) {
			return new Filters(facets, null);
		}
	}

	private CkanFilterQuery() {
	}

	static Filters read(String fq) {
		Map<Facet, String> facets = new EnumMap<>(Facet.class);
		DatasetQuery.Period modified = null;
		String rest = fq == null ? "" : fq.strip();
		Matcher clause = CLAUSE.matcher(rest);
		int end = 0;
		while (clause.find()) {
			between(rest.substring(end, clause.start()));
			end = clause.end();
			String field = clause.group(1);
			String value = clause.group(2);
			if (field.equals(MODIFIED)) {
				if (modified != null) {
					throw twice(field);
				}
				modified = period(value);
				continue;
			}
			Facet facet = FIELDS.get(field);
			if (facet == null) {
				throw refused("unknown field '" + field + "'; fields are " + KNOWN);
			}
			if (value.startsWith("[") || value.startsWith("{")) {
				throw refused("a range is read on " + MODIFIED + " only, not on '" + field + "'");
			}
			boolean quoted = value.startsWith("\"");
			String plain = quoted ? value.substring(1, value.length() - 1) : value;
			if (!quoted && (plain.contains("*") || plain.contains("?"))) {
				throw refused("wildcards (* and ?) are not supported: '" + clause.group() + "'");
			}
			if (facets.put(facet, facet == Facet.THEME ? plain.toUpperCase(Locale.ROOT) : plain) != null) {
				throw twice(field);
			}
		}
		between(rest.substring(end));
		return new Filters(facets, modified);
	}

	/** What stands between two clauses: nothing but AND, or a construct named in the refusal. */
	private static void between(String text) {
		String left = JOINS.matcher(text.strip()).replaceAll("").strip();
		if (left.isEmpty()) {
			return;
		}
		if (left.matches("(?s).*(\\bOR\\b|\\|\\|).*")) {
			throw refused("OR is not supported: all clauses must hold, with one value per field");
		}
		if (left.startsWith("-") || left.startsWith("!") || left.matches("(?s).*\\bNOT\\b.*")) {
			throw refused("negation (-, !, NOT) is not supported");
		}
		if (left.contains("(")) {
			throw refused("groups in parentheses are not supported");
		}
		throw refused("cannot read '" + left + "': give field:value clauses joined by spaces or AND");
	}

	private static DatasetQuery.Period period(String value) {
		Matcher range = RANGE.matcher(value);
		if (!range.matches()) {
			throw refused(MODIFIED + " takes a range, as " + MODIFIED + ":[2024-01-01T00:00:00Z TO *]");
		}
		return new DatasetQuery.Period(instant(range.group(2)), range.group(1).equals("["), instant(range.group(3)),
				range.group(4).equals("]"));
	}

	private static Instant instant(String value) {
		if (value.equals("*")) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			throw refused("cannot read the time '" + value + "': give a UTC time as 2024-01-01T00:00:00Z or *; "
					+ "NOW and date math (NOW-1DAY, /DAY) are not supported");
		}
	}

	private static CkanError twice(String field) {
		return refused("one value per field: '" + field + "' is given twice");
	}

	private static CkanError refused(String message) {
		return CkanError.validation("fq", message);
	}
}
