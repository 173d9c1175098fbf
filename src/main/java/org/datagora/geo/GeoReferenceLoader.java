package org.datagora.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the zones of @etalab/decoupage-administratif (shipped gzipped in the jar) into
 * {@code geo_zone} at start, once per release: a restart with the same release costs one query.
 * It runs before the web server opens, so no request ever sees an empty zone table.
 */
@Component
class GeoReferenceLoader implements SmartInitializingSingleton {

	static final String RELEASE = "decoupage-administratif-6.0.0";

	static final String COUNTRY = "country:fr";

	private static final Logger log = LoggerFactory.getLogger(GeoReferenceLoader.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	GeoReferenceLoader(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper json) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.json = json;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Integer loaded = jdbc.queryForObject("select count(*) from geo_reference where release = ?", Integer.class,
				RELEASE);
		if (loaded != null && loaded > 0) {
			return;
		}
		long start = System.nanoTime();
		List<Object[]> rows = buildZones();
		transaction.executeWithoutResult(status -> {
			// several nodes may start together: one loads, the others wait for its commit
			jdbc.execute("lock table geo_reference in exclusive mode");
			Integer again = jdbc.queryForObject("select count(*) from geo_reference where release = ?",
					Integer.class, RELEASE);
			if (again != null && again > 0) {
				return;
			}
			jdbc.update("delete from geo_zone");
			jdbc.batchUpdate("""
					insert into geo_zone (id, level, code, name, parents, population, siren, postal_codes, search_name)
					values (?, ?, ?, ?, ?::text[], ?, ?, ?::text[], ?)
					""", rows);
			jdbc.update("delete from geo_reference");
			jdbc.update("insert into geo_reference (release) values (?)", RELEASE);
		});
		log.info("Loaded {} geo zones from {} in {} ms", rows.size(), RELEASE, (System.nanoTime() - start) / 1_000_000);
	}

	private List<Object[]> buildZones() {
		JsonNode regions = read("regions");
		JsonNode departements = read("departements");
		JsonNode communes = read("communes");
		JsonNode epcis = read("epci");

		Map<String, Set<String>> communeEpci = new HashMap<>();
		for (JsonNode epci : epcis) {
			for (JsonNode member : epci.path("membres")) {
				communeEpci.computeIfAbsent(member.path("code").asString(), k -> new LinkedHashSet<>())
					.add("fr:epci:" + epci.path("code").asString());
			}
		}
		Map<String, Long> populationByDepartement = new HashMap<>();
		Map<String, Long> populationByRegion = new HashMap<>();
		Map<String, Set<String>> epciParents = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		long total = 0;
		for (JsonNode commune : communes) {
			if (!"commune-actuelle".equals(commune.path("type").asString())) {
				continue;
			}
			String code = commune.path("code").asString();
			String departement = commune.path("departement").asString(null);
			String region = commune.path("region").asString(null);
			long population = commune.path("population").asLong(0);
			total += population;
			List<String> parents = new ArrayList<>(communeEpci.getOrDefault(code, Set.of()));
			if (departement != null) {
				parents.add("fr:departement:" + departement);
				populationByDepartement.merge(departement, population, Long::sum);
			}
			if (region != null) {
				parents.add("fr:region:" + region);
				populationByRegion.merge(region, population, Long::sum);
			}
			parents.add(COUNTRY);
			for (String epci : communeEpci.getOrDefault(code, Set.of())) {
				Set<String> containers = epciParents.computeIfAbsent(epci, k -> new LinkedHashSet<>());
				parents.stream().filter(parent -> !parent.startsWith("fr:epci:")).forEach(containers::add);
			}
			List<String> postalCodes = new ArrayList<>();
			commune.path("codesPostaux").forEach(postal -> postalCodes.add(postal.asString()));
			rows.add(row("fr:commune:" + code, "commune", code, commune.path("nom").asString(), parents,
					population, commune.path("siren").asString(null), postalCodes));
		}
		for (JsonNode epci : epcis) {
			String id = "fr:epci:" + epci.path("code").asString();
			rows.add(row(id, "epci", epci.path("code").asString(), epci.path("nom").asString(),
					new ArrayList<>(epciParents.getOrDefault(id, Set.of(COUNTRY))),
					epci.path("populationMunicipale").asLong(0), epci.path("code").asString(), List.of()));
		}
		for (JsonNode departement : departements) {
			String code = departement.path("code").asString();
			String region = departement.path("region").asString();
			rows.add(row("fr:departement:" + code, "departement", code, departement.path("nom").asString(),
					List.of("fr:region:" + region, COUNTRY), populationByDepartement.getOrDefault(code, 0L), null,
					List.of()));
		}
		for (JsonNode region : regions) {
			String code = region.path("code").asString();
			rows.add(row("fr:region:" + code, "region", code, region.path("nom").asString(), List.of(COUNTRY),
					populationByRegion.getOrDefault(code, 0L), null, List.of()));
		}
		rows.add(row(COUNTRY, "country", "FR", "France", List.of(), total, null, List.of()));
		return rows;
	}

	private static Object[] row(String id, String level, String code, String name, List<String> parents,
			long population, String siren, List<String> postalCodes) {
		return new Object[] { id, level, code, name, arrayLiteral(parents), population, siren,
				arrayLiteral(postalCodes), Text.fold(name) };
	}

	/** A PostgreSQL array literal; the values here are codes and ids, without quotes or commas. */
	private static String arrayLiteral(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	private JsonNode read(String name) {
		try (InputStream in = new GZIPInputStream(new ClassPathResource("geo/" + name + ".json.gz").getInputStream())) {
			return json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The geo reference file " + name + " is missing from the application", e);
		}
	}
}
