package org.datagora.geo;

import java.util.List;

/**
 * An administrative zone. {@code id} is stable and readable ({@code fr:commune:75056});
 * {@code parents} lists every zone that contains it, so a commune matches its EPCI,
 * departement, region and the country.
 */
public record GeoZone(String id, String level, String code, String name, List<String> parents,
		Integer population) {
}
