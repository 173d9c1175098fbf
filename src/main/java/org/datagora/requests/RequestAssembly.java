package org.datagora.requests;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.datagora.catalog.Coded;
import org.datagora.catalog.Dataset;
import org.datagora.catalog.Datasets;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.catalog.Theme;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.datagora.identity.Accounts;
import org.springframework.stereotype.Component;

/**
 * Turns stored rows into what the API and the pages show: names of people, organizations, zones
 * and datasets looked up once for a whole list, and the legal clock as of today.
 */
@Component
class RequestAssembly {

	private final Organizations organizations;

	private final GeoZones zones;

	private final Accounts accounts;

	private final Datasets datasets;

	private final Deadlines deadlines;

	RequestAssembly(Organizations organizations, GeoZones zones, Accounts accounts, Datasets datasets,
			Deadlines deadlines) {
		this.organizations = organizations;
		this.zones = zones;
		this.accounts = accounts;
		this.datasets = datasets;
		this.deadlines = deadlines;
	}

	List<DataRequest> requests(List<RequestRow> rows) {
		Names names = names(rows, RequestRow::organizationId, RequestRow::requesterId, RequestRow::datasets);
		Map<String, String> zoneNames = zoneNames(rows.stream().map(RequestRow::zoneId).filter(Objects::nonNull)
			.toList());
		return rows.stream()
			.map(row -> new DataRequest(row.id(), row.title(), row.description(), row.useCase(),
					Coded.parse(RequesterType.class, row.requesterType(), "requester_type"),
					names.person(row.requesterId()), names.organization(row.organizationId()),
					row.zoneId() == null ? null : new DataRequest.Zone(row.zoneId(), zoneNames.get(row.zoneId())),
					row.theme() == null ? null : Coded.parse(Theme.class, row.theme(), "theme"), row.status(),
					row.submittedAt(), row.statusChangedAt(), row.plannedFor(), reason(row.refusalReason()),
					names.datasets(row.datasets()), row.supportCount(), row.commentCount(), deadlines.of(row),
					row.version()))
			.toList();
	}

	List<RequestEvent> events(List<EventRow> rows) {
		Names names = names(rows, EventRow::organizationId, EventRow::actorId, EventRow::datasets);
		return rows.stream()
			.map(row -> new RequestEvent(row.id(), row.at(), names.person(row.actorId()), row.status(),
					names.organization(row.organizationId()), row.plannedFor(), reason(row.refusalReason()),
					names.datasets(row.datasets()), row.note(), row.appealRoutesStated(), row.version()))
			.toList();
	}

	Map<UUID, String> names(Collection<UUID> people) {
		return accounts.displayNames(people);
	}

	private static RefusalReason reason(String code) {
		return code == null ? null : Coded.parse(RefusalReason.class, code, "refusal_reason");
	}

	/** The organizations, people and datasets some rows name, each kind read in one query. */
	private record Names(Map<UUID, Organization> organizations, Map<UUID, String> people,
			Map<UUID, DataRequest.DatasetRef> datasets) {

		Organization.Ref organization(UUID id) {
			Organization organization = id == null ? null : organizations.get(id);
			return organization == null ? null : organization.ref();
		}

		DataRequest.Person person(UUID id) {
			return new DataRequest.Person(id, people.get(id));
		}

		List<DataRequest.DatasetRef> datasets(List<UUID> ids) {
			return ids.stream().map(datasets::get).filter(Objects::nonNull).toList();
		}
	}

	private <R> Names names(List<R> rows, Function<R, UUID> organization, Function<R, UUID> person,
			Function<R, List<UUID>> answers) {
		Set<UUID> organizationIds = new HashSet<>();
		Set<UUID> people = new HashSet<>();
		Set<UUID> datasetIds = new HashSet<>();
		for (R row : rows) {
			if (organization.apply(row) != null) {
				organizationIds.add(organization.apply(row));
			}
			people.add(person.apply(row));
			datasetIds.addAll(answers.apply(row));
		}
		return new Names(organizations.findAll(organizationIds), accounts.displayNames(people),
				publicDatasets(datasetIds));
	}

	private Map<String, String> zoneNames(List<String> ids) {
		Map<String, String> names = new HashMap<>();
		for (GeoZone zone : zones.findAll(ids)) {
			names.put(zone.id(), zone.name());
		}
		return names;
	}

	/** The datasets still public: deleted and private ones are left out. */
	private Map<UUID, DataRequest.DatasetRef> publicDatasets(Set<UUID> ids) {
		Map<UUID, DataRequest.DatasetRef> refs = new HashMap<>();
		for (Dataset dataset : datasets.byIds(List.copyOf(ids))) {
			if (dataset.deleted() == null && !dataset.isPrivate()) {
				refs.put(dataset.id(), new DataRequest.DatasetRef(dataset.id(), dataset.slug(), dataset.title()));
			}
		}
		return refs;
	}
}
