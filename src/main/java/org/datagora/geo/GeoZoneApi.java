package org.datagora.geo;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Geo zones for forms and clients: suggestions while typing, and one zone by id. */
@RestController
@Tag(name = "Geo zones")
class GeoZoneApi {

	private final GeoZones zones;

	GeoZoneApi(GeoZones zones) {
		this.zones = zones;
	}

	@GetMapping("/api/1/spatial/zones/suggest")
	@Operation(summary = "Zones whose name or code starts with q, accents ignored")
	List<GeoZone> suggest(@RequestParam String q, @RequestParam(defaultValue = "10") int size) {
		if (size < 1 || size > 50) {
			throw ProblemException.invalid("size", "must be between 1 and 50");
		}
		return zones.suggest(q, size);
	}

	@GetMapping("/api/1/spatial/zones/{id}")
	@Operation(summary = "One zone, with the ids of the zones that contain it")
	GeoZone zone(@PathVariable String id) {
		return zones.find(id).orElseThrow(() -> ProblemException.notFound("Zone " + id));
	}
}
