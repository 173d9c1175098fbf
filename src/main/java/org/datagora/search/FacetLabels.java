package org.datagora.search;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.springframework.stereotype.Component;

/**
 * Names shown for the organization and zone facet values, kept in memory: every search with
 * facets needs them, and reading them from PostgreSQL each time cost as much as the search.
 * Zones do not change while the portal runs; an organization renamed shows its new name in the
 * facets within a minute (its datasets are reindexed at once).
 */
@Component
class FacetLabels {

	private final Organizations organizations;

	private final GeoZones zones;

	private final Cache<String, String> organizationNames = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	private final Cache<String, String> zoneNames = Caffeine.newBuilder().maximumSize(100_000).build();

	FacetLabels(Organizations organizations, GeoZones zones) {
		this.organizations = organizations;
		this.zones = zones;
	}

	/** Organization names by id (the id itself when unknown). */
	Map<String, String> organizations(Collection<String> ids) {
		return organizationNames.getAll(ids, missing -> {
			Map<UUID, Organization> found = organizations.findAll(missing.stream().map(UUID::fromString).toList());
			Map<String, String> names = new HashMap<>();
			missing.forEach(id -> names.put(id, found.containsKey(UUID.fromString(id))
					? found.get(UUID.fromString(id)).name() : id));
			return names;
		});
	}

	/** "Name (code)" of zones by id (the id itself when unknown). */
	Map<String, String> zones(Collection<String> ids) {
		return zoneNames.getAll(ids, missing -> {
			Map<String, String> names = new HashMap<>();
			missing.forEach(id -> names.put(id, id));
			List<GeoZone> found = zones.findAll(List.copyOf(missing));
			found.forEach(zone -> names.put(zone.id(), zone.name() + (zone.code() == null ? "" : " (" + zone.code() + ")")));
			return names;
		});
	}
}
