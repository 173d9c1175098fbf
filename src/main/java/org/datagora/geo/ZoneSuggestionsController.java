package org.datagora.geo;

import org.datagora.web.PageController;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Suggestions for a comma-separated zone field, as an HTML fragment for htmx: zones matching
 * the last term being typed. Forms work without it; it only saves looking up zone ids.
 */
@PageController
class ZoneSuggestionsController {

	private static final int SIZE = 8;

	private final GeoZones zones;

	ZoneSuggestionsController(GeoZones zones) {
		this.zones = zones;
	}

	@GetMapping("/zones/suggest")
	String suggest(@RequestParam(defaultValue = "") String zones, Model model) {
		String term = zones.substring(zones.lastIndexOf(',') + 1).strip();
		List<GeoZone> found = term.length() < 2 || term.contains(":") ? List.of() : this.zones.suggest(term, SIZE);
		model.addAttribute("zones", found);
		return "geo/zoneSuggestions";
	}
}
