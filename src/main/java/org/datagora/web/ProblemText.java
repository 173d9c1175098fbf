package org.datagora.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field problems are written in English for the API; pages show them in their language. Each
 * known message shape maps to a message key whose arguments are the groups of the pattern; an
 * unknown message is shown as it is.
 */
final class ProblemText {

	private static final Map<Pattern, String> KEYS = new LinkedHashMap<>();

	static {
		KEYS.put(Pattern.compile("is required"), "problem.required");
		KEYS.put(Pattern.compile("is required, (\\d+) characters at most"), "problem.required.max");
		KEYS.put(Pattern.compile("is longer than (\\d+) characters"), "problem.too.long");
		KEYS.put(Pattern.compile("must have (\\d+) characters or more"), "problem.too.short");
		KEYS.put(Pattern.compile("must be a valid e-mail address"), "problem.email");
		KEYS.put(Pattern.compile("an account already exists with this e-mail address"), "problem.email.taken");
		KEYS.put(Pattern.compile("must be an http or https URL"), "problem.url");
		KEYS.put(Pattern.compile("is not a valid URL: (.*)"), "problem.url");
		KEYS.put(Pattern.compile("is required for a remote resource"), "problem.required");
		KEYS.put(Pattern.compile("must be 14 digits"), "problem.siret");
		KEYS.put(Pattern.compile("unknown zone\\(s\\): (.*)"), "problem.zones");
		KEYS.put(Pattern.compile("unknown zone '(.*)'"), "problem.zones");
		KEYS.put(Pattern.compile("unknown organization(?: '(.*)')?"), "problem.organization");
		KEYS.put(Pattern.compile("unknown value '(.*)'; accepted: (.*)"), "problem.unknown.value");
		KEYS.put(Pattern.compile("is missing or empty"), "problem.file.missing");
		KEYS.put(Pattern.compile("is already used by another (?:organization|dataset)"), "problem.slug.taken");
		KEYS.put(Pattern.compile("has more than (\\d+) items"), "problem.too.many");
		KEYS.put(Pattern.compile("items must be 1 to (\\d+) characters"), "problem.item.length");
		KEYS.put(Pattern.compile("is before the start"), "problem.before.start");
		KEYS.put(Pattern.compile("must be an http or https address"), "problem.url");
		KEYS.put(Pattern.compile("is not a valid address"), "problem.url");
		KEYS.put(Pattern.compile("unknown protocol; accepted: (.*)"), "problem.protocol");
		KEYS.put(Pattern.compile("must be daily, weekly or empty"), "problem.schedule");
		KEYS.put(Pattern.compile("must be between (\\d+) and (\\d+)"), "problem.between");
		KEYS.put(Pattern.compile("A (preview|harvest) of this source is already queued or running"),
				"problem.harvest.busy");
		KEYS.put(Pattern.compile("must be a date such as (.*)"), "problem.date");
		KEYS.put(Pattern.compile("must not be in the past"), "problem.roadmap.past");
		KEYS.put(Pattern.compile("must be later than the current target date"), "problem.roadmap.later");
		KEYS.put(Pattern.compile("unknown dataset"), "problem.roadmap.dataset");
		KEYS.put(Pattern.compile("must be a public dataset"), "problem.roadmap.dataset.public");
		KEYS.put(Pattern.compile("cannot go from \\w+ to \\w+"), "problem.roadmap.move");
		KEYS.put(Pattern.compile("is set by the organization when it accepts the proposal"),
				"problem.roadmap.proposal.date");
		KEYS.put(Pattern.compile("contains no words"), "problem.no.words");
		KEYS.put(Pattern.compile("is written in capital letters"), "problem.capitals");
		KEYS.put(Pattern.compile("repeats a character many times"), "problem.repeated");
		KEYS.put(Pattern.compile("has too many links \\((\\d+); (\\d+) at most\\)"), "problem.links");
		KEYS.put(Pattern.compile("must be in the future"), "problem.future");
		KEYS.put(Pattern.compile("is already the planned date"), "problem.same.date");
		KEYS.put(Pattern.compile("must be a date as YYYY-MM-DD"), "problem.date.format");
		KEYS.put(Pattern.compile("already holds the request"), "problem.holds");
		KEYS.put(Pattern.compile("unknown dataset '(.*)'"), "problem.dataset.unknown");
		KEYS.put(Pattern.compile("dataset '(.*)' is not public"), "problem.dataset.private");
		KEYS.put(Pattern.compile("is required: the datasets that answer the request"), "problem.datasets.required");
		KEYS.put(Pattern.compile("is required: the reasons of the refusal"), "problem.refusal.note");
	}

	private ProblemText() {
	}

	/** The message key and its arguments for {@code message}, or null when unknown. */
	static Object[] keyOf(String message) {
		for (Map.Entry<Pattern, String> entry : KEYS.entrySet()) {
			Matcher matcher = entry.getKey().matcher(message);
			if (matcher.matches()) {
				Object[] keyAndArgs = new Object[matcher.groupCount() + 1];
				keyAndArgs[0] = entry.getValue();
				for (int i = 1; i <= matcher.groupCount(); i++) {
					keyAndArgs[i] = matcher.group(i) == null ? "" : matcher.group(i);
				}
				return keyAndArgs;
			}
		}
		return null;
	}
}
