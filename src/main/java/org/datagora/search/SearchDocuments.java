package org.datagora.search;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.solr.common.SolrInputDocument;
import org.datagora.catalog.Coded;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Resource;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.datagora.geo.Text;
import org.datagora.requests.DataRequest;
import org.springframework.stereotype.Component;

/**
 * Turns catalog records and data requests into the documents of the index (see
 * {@code solr/datagora/conf/schema.xml}).
 */
@Component
class SearchDocuments {

	static final String DATASET = "dataset";

	static final String ORGANIZATION = "organization";

	static final String REQUEST = "request";

	/** The zones the geozone facet counts: the country, regions and departements (about 120). */
	private static boolean counted(String zone) {
		return zone.startsWith("country:") || zone.startsWith("fr:region:") || zone.startsWith("fr:departement:");
	}

	private final GeoZones zones;

	SearchDocuments(GeoZones zones) {
		this.zones = zones;
	}

	/** Documents of datasets that are not deleted; {@code organizations} holds their publishers. */
	List<SolrInputDocument> datasets(List<Dataset> datasets, Map<UUID, Organization> organizations) {
		Set<String> zoneIds = new LinkedHashSet<>();
		datasets.forEach(dataset -> zoneIds.addAll(dataset.spatial().zones()));
		Map<String, List<String>> parentsByZone = parentsOf(zoneIds);
		return datasets.stream().map(dataset -> dataset(dataset, organizations, parentsByZone)).toList();
	}

	private Map<String, List<String>> parentsOf(Collection<String> zoneIds) {
		Map<String, List<String>> parents = new HashMap<>();
		for (GeoZone zone : zones.findAll(zoneIds)) {
			parents.put(zone.id(), zone.parents());
		}
		return parents;
	}

	/** The zones of a document and every zone containing them; the counted ones apart. */
	private static void zones(SolrInputDocument doc, List<String> zones, Map<String, List<String>> parentsByZone) {
		Set<String> zoneIds = new LinkedHashSet<>(zones);
		zones.forEach(zone -> zoneIds.addAll(parentsByZone.getOrDefault(zone, List.of())));
		doc.setField("zone", List.copyOf(zoneIds));
		doc.setField("zone_facet", zoneIds.stream().filter(SearchDocuments::counted).toList());
	}

	private static SolrInputDocument dataset(Dataset dataset, Map<UUID, Organization> organizations,
			Map<String, List<String>> parentsByZone) {
		var doc = new SolrInputDocument();
		doc.setField("id", dataset.id().toString());
		doc.setField("doc_type", DATASET);
		doc.setField("slug", dataset.slug());
		doc.setField("title", dataset.title());
		doc.setField("title_sort", Text.fold(dataset.title()));
		doc.setField("acronym", dataset.acronym());
		doc.setField("description", dataset.description());
		doc.setField("keywords", dataset.tags());
		doc.setField("tag", dataset.tags());
		if (dataset.organization() != null) {
			Organization organization = organizations.get(dataset.organization().id());
			doc.setField("organization", dataset.organization().id().toString());
			doc.setField("organization_name", joined(dataset.organization().name(), dataset.organization().acronym()));
			if (organization != null) {
				doc.setField("organization_type", organization.type().code());
			}
		}
		if (dataset.owner() != null) {
			doc.setField("owner", dataset.owner().id().toString());
		}
		doc.setField("theme", codes(dataset.themes()));
		doc.setField("license", code(dataset.license()));
		doc.setField("frequency", code(dataset.frequency()));
		doc.setField("access_type", code(dataset.accessType()));
		doc.setField("badge", codes(dataset.badges()));
		zones(doc, dataset.spatial().zones(), parentsByZone);
		doc.setField("granularity", dataset.spatial().granularity());
		List<Double> bbox = dataset.spatial().bbox();
		if (bbox != null) {
			// Solr's envelope order: west, east, north, south
			doc.setField("bbox", "ENVELOPE(" + bbox.get(0) + ", " + bbox.get(2) + ", " + bbox.get(3) + ", "
					+ bbox.get(1) + ")");
		}
		List<Resource> resources = dataset.resources() == null ? List.of() : dataset.resources();
		doc.setField("resource_titles", resources.stream().map(Resource::title).filter(Objects::nonNull).toList());
		doc.setField("format", resources.stream()
			.map(Resource::format)
			.filter(Objects::nonNull)
			.map(format -> format.strip().toLowerCase(Locale.ROOT))
			.distinct()
			.toList());
		doc.setField("schema", resources.stream()
			.map(Resource::schema)
			.filter(schema -> schema != null && schema.name() != null)
			.map(Resource.Schema::name)
			.distinct()
			.toList());
		doc.setField("private", dataset.isPrivate());
		doc.setField("archived", dataset.archived() != null);
		doc.setField("created", Date.from(dataset.createdAt()));
		doc.setField("last_update", Date.from(dataset.lastUpdate()));
		doc.setField("last_modified", Date.from(dataset.lastModified()));
		// followers, reuses and downloads will add to it when they exist
		doc.setField("popularity", 0L);
		return doc;
	}

	SolrInputDocument organization(Organization organization) {
		var doc = new SolrInputDocument();
		doc.setField("id", organization.id().toString());
		doc.setField("doc_type", ORGANIZATION);
		doc.setField("slug", organization.slug());
		doc.setField("title", organization.name());
		doc.setField("title_sort", Text.fold(organization.name()));
		doc.setField("acronym", organization.acronym());
		doc.setField("description", organization.description());
		doc.setField("organization", organization.id().toString());
		doc.setField("organization_type", organization.type().code());
		doc.setField("badge", codes(organization.badges()));
		doc.setField("private", false);
		doc.setField("archived", false);
		doc.setField("created", Date.from(organization.createdAt()));
		doc.setField("last_modified", Date.from(organization.modifiedAt()));
		doc.setField("popularity", 0L);
		return doc;
	}

	/**
	 * Documents of data requests: their words (what is wanted and why are one text), the holder,
	 * and what they are counted and sorted by (support as popularity, submission as creation).
	 */
	List<SolrInputDocument> requests(List<DataRequest> requests) {
		Map<String, List<String>> parentsByZone = parentsOf(requests.stream()
			.filter(request -> request.zone() != null)
			.map(request -> request.zone().id())
			.collect(Collectors.toSet()));
		return requests.stream().map(request -> request(request, parentsByZone)).toList();
	}

	private static SolrInputDocument request(DataRequest request, Map<String, List<String>> parentsByZone) {
		var doc = new SolrInputDocument();
		doc.setField("id", request.id().toString());
		doc.setField("doc_type", REQUEST);
		doc.setField("title", request.title());
		doc.setField("title_sort", Text.fold(request.title()));
		doc.setField("description", request.description() + "\n\n" + request.useCase());
		if (request.organization() != null) {
			doc.setField("organization", request.organization().id().toString());
			doc.setField("organization_name", joined(request.organization().name(), request.organization().acronym()));
		}
		doc.setField("theme", code(request.theme()));
		zones(doc, request.zone() == null ? List.of() : List.of(request.zone().id()), parentsByZone);
		doc.setField("status", request.status().code());
		doc.setField("requester_type", request.requesterType().code());
		doc.setField("private", false);
		doc.setField("archived", false);
		doc.setField("created", Date.from(request.submittedAt()));
		doc.setField("last_modified", Date.from(request.statusChangedAt()));
		doc.setField("popularity", (long) request.supportCount());
		return doc;
	}

	private static String joined(String name, String acronym) {
		return acronym == null ? name : name + " " + acronym;
	}

	private static String code(Coded value) {
		return value == null ? null : value.code();
	}

	private static List<String> codes(Collection<? extends Coded> values) {
		return values == null ? List.of() : values.stream().map(Coded::code).toList();
	}
}
