package org.datagora.harvest.protocol;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Lenient readers of the values JSON catalogs write: a field may be missing, null, blank, a
 * number where text was expected, one value where a list was expected, a date in one of several
 * shapes. Each answers null (or an empty list) rather than failing the item.
 */
public final class JsonFields {

	private JsonFields() {
	}

	/** The first of {@code names} that holds a non-blank scalar, as text. */
	public static String text(JsonNode node, String... names) {
		for (String name : names) {
			String value = scalar(node.path(name));
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The first value that is not null, or null. */
	public static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** A scalar as stripped text, or null for a missing, null, blank or container value. */
	public static String scalar(JsonNode node) {
		if (!node.isValueNode() || node.isNull()) {
			return null;
		}
		String value = node.asString().strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * The values of a list of strings, or of a list of objects through the first of {@code names}
	 * each holds; a single string counts as a list of one.
	 */
	public static List<String> texts(JsonNode list, String... names) {
		List<String> values = new ArrayList<>();
		if (list.isValueNode()) {
			addIfPresent(values, scalar(list));
		}
		for (JsonNode element : list.isArray() ? list.values() : List.<JsonNode>of()) {
			addIfPresent(values, element.isObject() ? text(element, names) : scalar(element));
		}
		return values;
	}

	private static void addIfPresent(List<String> values, String value) {
		if (value != null && !values.contains(value)) {
			values.add(value);
		}
	}

	/** A date-time with or without offset (UTC assumed), a space for the T, or a date alone; else null. */
	public static Instant instant(String value) {
		if (value == null) {
			return null;
		}
		String iso = value.length() > 10 && value.charAt(10) == ' ' ? value.replaceFirst(" ", "T") : value;
		try {
			return OffsetDateTime.parse(iso).toInstant();
		}
		catch (DateTimeException notOffset) {
			try {
				return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeException notLocal) {
				try {
					return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
				}
				catch (DateTimeException notDate) {
					return null;
				}
			}
		}
	}

	/** A number given as a number or as text, or null. */
	public static Double number(String value) {
		try {
			return value == null ? null : Double.valueOf(value);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** A byte size given as a number or as digits; anything else ("42 octets") is unknown. */
	public static Long size(JsonNode node) {
		if (node.canConvertToLong() && node.isIntegralNumber()) {
			return node.asLong() >= 0 ? node.asLong() : null;
		}
		String text = scalar(node);
		return text != null && text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
	}

	/** "algorithm:value" from an algorithm name (or URI ending in it) and a digest, or null. */
	public static String checksum(String algorithm, String value) {
		if (value == null) {
			return null;
		}
		if (algorithm == null) {
			return value.contains(":") ? value : algorithmByLength(value);
		}
		String name = algorithm.substring(algorithm.lastIndexOf('_') + 1).toLowerCase(Locale.ROOT).replace("-", "");
		return name + ":" + value;
	}

	/** CKAN's hash comes without its algorithm: the length of a hex digest tells it. */
	private static String algorithmByLength(String hex) {
		if (!hex.matches("[0-9a-fA-F]+")) {
			return null;
		}
		return switch (hex.length()) {
			case 32 -> "md5:" + hex;
			case 40 -> "sha1:" + hex;
			case 64 -> "sha256:" + hex;
			case 128 -> "sha512:" + hex;
			default -> null;
		};
	}

	/** JSON written as text inside a value (CKAN extras), parsed; a missing node if it is not JSON. */
	public static JsonNode parse(String json) {
		if (json == null) {
			return MissingNode.getInstance();
		}
		try {
			return JsonPages.MAPPER.readTree(json);
		}
		catch (JacksonException e) {
			return MissingNode.getInstance();
		}
	}

	/** The bounding box (west, south, east, north) of a GeoJSON geometry written as text, or null. */
	public static List<Double> bbox(String geoJson) {
		return bbox(parse(geoJson));
	}

	/** The bounding box of a GeoJSON geometry or feature, given as an object or as text, or null. */
	public static List<Double> bbox(JsonNode geoJson) {
		if (geoJson.isString()) {
			return bbox(geoJson.asString());
		}
		JsonNode geometry = geoJson.has("geometry") ? geoJson.get("geometry") : geoJson;
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		extend(box, geometry.path("coordinates"));
		for (JsonNode member : geometry.path("geometries").values()) {
			extend(box, member.path("coordinates"));
		}
		if (box[0] > box[2] || box[1] > box[3]) {
			return null;
		}
		return List.of(box[0], box[1], box[2], box[3]);
	}

	private static void extend(double[] box, JsonNode coordinates) {
		if (!coordinates.isArray()) {
			return;
		}
		if (coordinates.size() >= 2 && coordinates.get(0).isNumber() && coordinates.get(1).isNumber()) {
			double x = coordinates.get(0).asDouble();
			double y = coordinates.get(1).asDouble();
			if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
				box[0] = Math.min(box[0], x);
				box[1] = Math.min(box[1], y);
				box[2] = Math.max(box[2], x);
				box[3] = Math.max(box[3], y);
			}
			return;
		}
		for (JsonNode inner : coordinates.values()) {
			extend(box, inner);
		}
	}
}
