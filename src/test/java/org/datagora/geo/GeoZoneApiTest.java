package org.datagora.geo;

import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class GeoZoneApiTest extends PortalTest {

	@Test
	void suggestsZonesIgnoringAccentsWithTheLargestFirst() {
		JsonNode zones = anonymous.get("/api/1/spatial/zones/suggest?q=saint%20etienne").json();
		assertThat(zones.get(0).get("name").asString()).isEqualTo("Saint-Étienne");
		assertThat(zones.get(0).get("id").asString()).isEqualTo("fr:commune:42218");

		JsonNode bretagne = anonymous.get("/api/1/spatial/zones/suggest?q=bretagne").json();
		assertThat(bretagne.get(0).get("id").asString()).isEqualTo("fr:region:53");
		JsonNode byCode = anonymous.get("/api/1/spatial/zones/suggest?q=2A").json();
		assertThat(byCode.get(0).get("name").asString()).isEqualTo("Corse-du-Sud");
	}

	@Test
	void aCommuneKnowsEveryZoneThatContainsIt() {
		JsonNode ajaccio = anonymous.get("/api/1/spatial/zones/fr:commune:2A004").json();
		assertThat(ajaccio.get("name").asString()).isEqualTo("Ajaccio");
		assertThat(ajaccio.get("parents").toString()).contains("fr:departement:2A", "fr:region:94", "country:fr",
				"fr:epci:");
		assertThat(ajaccio.get("population").asInt()).isGreaterThan(50_000);
		assertThat(anonymous.get("/api/1/spatial/zones/fr:commune:99999").status()).isEqualTo(404);
	}
}
