package org.datagora.harvest.dcat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounding box (W, S, E, N) of a geometry as DCAT sources write it: WKT (with or without a
 * leading CRS IRI), GeoJSON, GML envelopes or points, or "W,S,E,N". Coordinates are taken as
 * longitude then latitude (CRS84), except in GML, whose EPSG:4326 order is latitude first.
 */
final class Geometries {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

	private Geometries() {
	}

	/** The box, or null when the text holds no coordinates in range. */
	static List<Double> bbox(String text) {
		String geometry = text.strip();
		boolean latitudeFirst = geometry.startsWith("<gml") || geometry.contains("opengis.net/gml");
		String coordinates = geometry.replaceFirst("^<[^>]*>\\s*", "").replaceAll("<[^>]*srsName=\"[^\"]*\"[^>]*>", " ");
		if (coordinates.startsWith("{")) {
			int at = coordinates.indexOf("\"coordinates\"");
			coordinates = at < 0 ? "" : coordinates.substring(at);
		}
		else if (!latitudeFirst && !coordinates.matches("(?s)^[A-Za-z ]*\\(.*|^[-\\d., ]+$")) {
			return null;
		}
		List<Double> numbers = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(coordinates.replaceAll("EPSG:?:?\\d+|CRS\\d+", " "));
		while (matcher.find()) {
			numbers.add(Double.valueOf(matcher.group()));
		}
		if (numbers.size() < 2 || numbers.size() % 2 != 0) {
			return null;
		}
		return box(numbers, latitudeFirst);
	}

	private static List<Double> box(List<Double> numbers, boolean latitudeFirst) {
		double west = Double.MAX_VALUE, south = Double.MAX_VALUE, east = -Double.MAX_VALUE, north = -Double.MAX_VALUE;
		for (int i = 0; i < numbers.size(); i += 2) {
			double x = numbers.get(latitudeFirst ? i + 1 : i);
			double y = numbers.get(latitudeFirst ? i : i + 1);
			west = Math.min(west, x);
			east = Math.max(east, x);
			south = Math.min(south, y);
			north = Math.max(north, y);
		}
		boolean inRange = west >= -180 && east <= 180 && south >= -90 && north <= 90;
		return inRange ? List.of(west, south, east, north) : null;
	}
}
