package org.datagora.requests;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datagora.web.FieldProblem;
import org.datagora.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a public form attracts besides real requests: spam (links, capitals, repeated characters,
 * text without words) is refused with 422 and the reason; an account posting faster than people
 * write gets 429.
 */
@Component
class RequestChecks {

	private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.");

	/** Six times the same letter or ! or ? in a row; dashes and equals signs are Markdown. */
	private static final Pattern REPEATED = Pattern.compile("([\\p{L}!?])\\1{5,}");

	/** Below this many letters, capitals may be an acronym. */
	private static final int CAPITALS_FROM = 12;

	private final JdbcClient jdbc;

	private final RequestsProperties properties;

	private final Deadlines deadlines;

	RequestChecks(JdbcClient jdbc, RequestsProperties properties, Deadlines deadlines) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.deadlines = deadlines;
	}

	/** Refuses texts that look like spam, naming each field; {@code fields} maps names to texts. */
	void notSpam(Map<String, String> fields) {
		List<FieldProblem> problems = new ArrayList<>();
		int links = 0;
		String mostLinked = null;
		int most = 0;
		for (Map.Entry<String, String> field : fields.entrySet()) {
			String text = field.getValue();
			if (text == null || text.isBlank()) {
				continue;
			}
			String problem = problem(text);
			if (problem != null) {
				problems.add(new FieldProblem(field.getKey(), problem));
			}
			int count = count(LINK.matcher(text));
			links += count;
			if (count > most) {
				most = count;
				mostLinked = field.getKey();
			}
		}
		if (links > properties.maxLinks()) {
			problems.add(new FieldProblem(mostLinked, "has too many links (" + links + "; " + properties.maxLinks()
					+ " at most)"));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT,
					"The text looks like spam: " + problems.stream().map(p -> p.field() + " " + p.message()).toList(),
					problems);
		}
	}

	private static String problem(String text) {
		if (text.codePoints().noneMatch(Character::isLetter)) {
			return "contains no words";
		}
		long letters = text.codePoints().filter(Character::isLetter).count();
		long capitals = text.codePoints().filter(Character::isUpperCase).count();
		if (letters >= CAPITALS_FROM && capitals * 10 > letters * 8) {
			return "is written in capital letters";
		}
		if (REPEATED.matcher(text).find()) {
			return "repeats a character many times";
		}
		return null;
	}

	private static int count(Matcher matcher) {
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	void requestsWithinRate(UUID accountId) {
		withinRate("select count(*) from data_request where requester_id = ? and submitted_at > ?", accountId,
				properties.requestsPerHour(), "requests");
	}

	void commentsWithinRate(UUID accountId) {
		withinRate("select count(*) from request_comment where author_id = ? and created_at > ?", accountId,
				properties.commentsPerHour(), "comments");
	}

	private void withinRate(String countSql, UUID accountId, int limit, String what) {
		long recent = jdbc.sql(countSql)
			.params(accountId, Timestamp.from(deadlines.now().minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		if (recent >= limit) {
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "You have posted " + recent + " " + what
					+ " in the last hour, the most allowed: please try again later", List.of());
		}
	}
}
