package org.datagora.harvest.csw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.datagora.harvest.dcat.Dates;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteResource;

/** An ISO 19139 gmd:MD_Metadata record (ISO 19115 dataset, series or service) as a {@link RemoteDataset}. */
final class IsoRecord {

	/** The identification of a dataset (MD_DataIdentification) or a service (SV_ServiceIdentification). */
	private static final String IDENTIFICATION = "identificationInfo/*";

	private static final List<String> LICENCE_HINTS = List.of("licen", "etalab", "creativecommons", "odbl", "cc-by", "cc by");

	private IsoRecord() {
	}

	/** Maps the record into the sink; true if accepted. */
	static boolean read(XmlElement metadata, HarvestSink sink) {
		Optional<String> remoteId = metadata.value("fileIdentifier");
		Optional<XmlElement> identification = metadata.first(IDENTIFICATION);
		Optional<String> title = identification.flatMap(id -> id.value("citation/CI_Citation/title"));
		if (remoteId.isEmpty()) {
			sink.failed(null, "A record has no gmd:fileIdentifier" + title.map(t -> " (\"" + t + "\")").orElse(""));
			return false;
		}
		if (title.isEmpty()) {
			sink.failed(remoteId.get(), "The record has no title (identificationInfo/citation/title)");
			return false;
		}
		sink.accept(dataset(metadata, identification.get(), remoteId.get(), title.get()));
		return true;
	}

	private static RemoteDataset dataset(XmlElement metadata, XmlElement id, String remoteId, String title) {
		List<XmlElement> extents = Stream.concat(id.all("extent/EX_Extent"), id.all("extent/*/EX_Extent")).toList();
		Optional<XmlElement> period = extents.stream().flatMap(extent -> extent.all("temporalElement/*/extent/*")).findFirst();
		List<XmlElement> contacts = id.all("pointOfContact/CI_ResponsibleParty").toList();
		Optional<XmlElement> contact = contacts.stream().findFirst()
			.or(() -> metadata.first("contact/CI_ResponsibleParty"));
		return new RemoteDataset(remoteId, null, title, id.value("abstract").orElse(null),
				id.values("descriptiveKeywords/MD_Keywords/keyword"), themes(id), licence(id),
				id.all("resourceMaintenance/MD_MaintenanceInformation/maintenanceAndUpdateFrequency/MD_MaintenanceFrequencyCode")
					.map(code -> code.attribute("codeListValue").or(code::value))
					.flatMap(Optional::stream)
					.findFirst()
					.orElse(null),
				extents.stream()
					.flatMap(extent -> extent.all("geographicElement/EX_GeographicDescription/geographicIdentifier/*/code"))
					.map(XmlElement::value)
					.flatMap(Optional::stream)
					.distinct()
					.toList(),
				bbox(extents), null,
				period.flatMap(p -> p.value("beginPosition").or(() -> p.value("begin/TimeInstant/timePosition"))).orElse(null),
				period.flatMap(p -> p.value("endPosition").or(() -> p.value("end/TimeInstant/timePosition"))).orElse(null),
				publisher(contacts).orElse(null), contact.flatMap(c -> c.value("organisationName")).orElse(null),
				contact.flatMap(c -> c.value("contactInfo/CI_Contact/address/CI_Address/electronicMailAddress")).orElse(null),
				metadata.value("dateStamp").map(Dates::instant).orElse(null), resources(metadata));
	}

	/** ISO topic categories, and the keywords given as INSPIRE theme URIs. */
	private static List<String> themes(XmlElement id) {
		return Stream.concat(id.all("topicCategory/MD_TopicCategoryCode").map(XmlElement::value).flatMap(Optional::stream),
				id.all("descriptiveKeywords/MD_Keywords/keyword/Anchor")
					.map(anchor -> anchor.attribute("href"))
					.flatMap(Optional::stream)
					.filter(href -> href.contains("inspire.ec.europa.eu/theme/")))
			.distinct()
			.toList();
	}

	/** The constraint that reads as a licence (an anchor's URL first), else the first one given. */
	private static String licence(XmlElement id) {
		List<String> candidates = new ArrayList<>();
		id.all("resourceConstraints/*/otherConstraints/Anchor")
			.forEach(anchor -> anchor.attribute("href").ifPresent(candidates::add));
		candidates.addAll(id.values("resourceConstraints/*/otherConstraints"));
		candidates.addAll(id.values("resourceConstraints/*/useLimitation"));
		return candidates.stream()
			.filter(text -> LICENCE_HINTS.stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains))
			.findFirst()
			.orElse(candidates.isEmpty() ? null : candidates.get(0));
	}

	/** The union of the geographic bounding boxes, W, S, E, N. */
	private static List<Double> bbox(List<XmlElement> extents) {
		List<List<Double>> boxes = extents.stream()
			.flatMap(extent -> extent.all("geographicElement/EX_GeographicBoundingBox"))
			.map(box -> Stream.of("westBoundLongitude", "southBoundLatitude", "eastBoundLongitude", "northBoundLatitude")
				.map(side -> box.value(side).map(IsoRecord::number).orElse(null))
				.toList())
			.filter(box -> !box.contains(null))
			.map(IsoRecord::unswapped)
			.toList();
		if (boxes.isEmpty()) {
			return null;
		}
		return List.of(boxes.stream().mapToDouble(b -> b.get(0)).min().getAsDouble(),
				boxes.stream().mapToDouble(b -> b.get(1)).min().getAsDouble(),
				boxes.stream().mapToDouble(b -> b.get(2)).max().getAsDouble(),
				boxes.stream().mapToDouble(b -> b.get(3)).max().getAsDouble());
	}

	/**
	 * West and east swapped, as some French catalogs write them; a box across the antimeridian
	 * (west 170, east -170) is kept.
	 */
	private static List<Double> unswapped(List<Double> box) {
		boolean swapped = box.get(0) > box.get(2) && box.get(0) - box.get(2) < 180;
		return swapped ? List.of(box.get(2), box.get(1), box.get(0), box.get(3)) : box;
	}

	private static Double number(String text) {
		try {
			return Double.valueOf(text.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The organisation whose role is publisher, else owner, else the first point of contact. */
	private static Optional<String> publisher(List<XmlElement> contacts) {
		for (String role : List.of("publisher", "owner")) {
			Optional<String> name = contacts.stream()
				.filter(c -> c.first("role/CI_RoleCode").flatMap(code -> code.attribute("codeListValue")).orElse("").equals(role))
				.map(c -> c.value("organisationName"))
				.flatMap(Optional::stream)
				.findFirst();
			if (name.isPresent()) {
				return name;
			}
		}
		return contacts.stream().map(c -> c.value("organisationName")).flatMap(Optional::stream).findFirst();
	}

	/** The online resources; the format is the service protocol (OGC:WMS ...) or the record's distribution format. */
	private static List<RemoteResource> resources(XmlElement metadata) {
		Optional<String> format = metadata.value("distributionInfo/MD_Distribution/distributionFormat/MD_Format/name");
		return metadata.all("distributionInfo/MD_Distribution/transferOptions/MD_DigitalTransferOptions/onLine/CI_OnlineResource")
			.map(online -> online.value("linkage/URL").map(url -> {
				Optional<String> protocol = online.value("protocol");
				String resourceFormat = protocol.filter(p -> p.startsWith("OGC:") || p.startsWith("ESRI:"))
					.or(() -> format)
					.or(() -> protocol)
					.orElse(null);
				return new RemoteResource(online.value("name").orElse(null), online.value("description").orElse(null), url,
						resourceFormat, null, null, null, null);
			}))
			.flatMap(Optional::stream)
			.toList();
	}
}
