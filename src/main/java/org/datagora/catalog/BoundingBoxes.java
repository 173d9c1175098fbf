package org.datagora.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Bounding boxes as the API writes them: west, south, east, north in WGS 84 degrees (GeoJSON's
 * order). Boxes across the antimeridian are not supported.
 */
public final class BoundingBoxes {

	private BoundingBoxes() {
	}

	/** What is wrong with {@code bbox}, or null when it is a valid box. */
	public static String problem(List<Double> bbox) {
		if (bbox.size() != 4 || bbox.stream().anyMatch(Objects::isNull)) {
			return "must be 4 numbers: west, south, east, north";
		}
		double west = bbox.get(0), south = bbox.get(1), east = bbox.get(2), north = bbox.get(3);
		if (west < -180 || east > 180 || west > east || south < -90 || north > 90 || south > north) {
			return "must be west, south, east, north with -180 <= west <= east <= 180 and -90 <= south <= north <= 90";
		}
		return null;
	}
}
