package org.datagora.harvest.protocol;

import java.time.Instant;
import java.util.List;

/**
 * A dataset as a source describes it, before any mapping to the catalog: values are kept as the
 * source wrote them (licence URL or name, frequency URI or word, zone names, codes or URIs) and
 * matched to the catalog's vocabularies by the harvester, in one place for every protocol.
 *
 * @param remoteId the source's stable identifier (CKAN id, dct:identifier or the dataset URI,
 * udata id, CSW fileIdentifier, ODS dataset_id); one remote id is one dataset, run after run
 * @param remotePage the page of the dataset on the source, for people (may be null)
 * @param license licence as given: URL, identifier or loose name (may be null)
 * @param frequency frequency as given: EU frequency URI, ISO 19115 code, CKAN or udata word
 * @param themes theme URIs, codes or labels (EU data themes, INSPIRE, ISO topic categories)
 * @param zones spatial coverage as given: names, INSEE or ISO codes, URIs (may be empty)
 * @param bbox west, south, east, north in WGS 84 degrees, or null
 * @param temporalStart ISO date or date-time as given, or null
 * @param temporalEnd ISO date or date-time as given, or null
 * @param publisher the name of the publishing body at the source, for the record only
 * @param modified when the source says the dataset last changed, or null
 */
public record RemoteDataset(String remoteId, String remotePage, String title, String description, List<String> tags,
		List<String> themes, String license, String frequency, List<String> zones, List<Double> bbox,
		String granularity, String temporalStart, String temporalEnd, String publisher, String contactName,
		String contactEmail, Instant modified, List<RemoteResource> resources) {

	public RemoteDataset {
		tags = tags == null ? List.of() : List.copyOf(tags);
		themes = themes == null ? List.of() : List.copyOf(themes);
		zones = zones == null ? List.of() : List.copyOf(zones);
		bbox = bbox == null ? null : List.copyOf(bbox);
		resources = resources == null ? List.of() : List.copyOf(resources);
	}
}
