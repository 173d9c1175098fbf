package org.datagora.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Small conversions between JDBC values and the records of the catalog. */
final class Rows {

	private Rows() {
	}

	static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static <T> List<T> codes(ResultSet rs, String column, Function<String, T> parse) throws SQLException {
		return strings(rs, column).stream().map(parse).toList();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** A {@code double precision[]} column, null when null. */
	static List<Double> doubles(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? null : List.of((Double[]) array.getArray());
	}

	static String[] array(List<String> values) {
		return values == null ? new String[0] : values.toArray(String[]::new);
	}

	/** A LIKE pattern matching text that contains {@code words} as they are (wildcards escaped). */
	static String containing(String words) {
		return "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** Ids in URLs may be UUIDs or slugs. */
	static UUID parseUuid(String idOrSlug) {
		try {
			return idOrSlug.length() == 36 ? UUID.fromString(idOrSlug) : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
