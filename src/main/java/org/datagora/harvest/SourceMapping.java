package org.datagora.harvest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.datagora.catalog.BoundingBoxes;
import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.License;
import org.datagora.catalog.Resource;
import org.datagora.catalog.ResourceInput;
import org.datagora.geo.GeoZone;
import org.datagora.geo.GeoZones;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteResource;
import org.springframework.stereotype.Component;

/**
 * Turns what a source says into what the catalog stores, the same way for every protocol:
 * vocabularies matched, zones found, values the catalog would refuse (an e-mail that is not one,
 * a bounding box upside down, a title too long, a resource without a web address) left out or
 * cut rather than failing the dataset. Each thing left out is said in {@link Mapped#notes}.
 */
@Component
class SourceMapping {

	private static final int MAX_TITLE = 350;

	private static final int MAX_DESCRIPTION = 100_000;

	private final GeoZones zones;

	/**
	 * Zone values already matched: a source names the same few places over and over (a city's
	 * catalog, its name on every dataset), and zones change only with the reference data.
	 */
	private final Cache<String, Optional<String>> matched = Caffeine.newBuilder().maximumSize(50_000).build();

	SourceMapping(GeoZones zones) {
		this.zones = zones;
	}

	/** A dataset ready for the catalog, and what could not be kept. */
	record Mapped(DatasetInput dataset, List<ResourceInput> resources, List<String> notes) {
	}

	Mapped map(RemoteDataset remote, UUID organizationId) {
		List<String> notes = new ArrayList<>();
		License license = VocabularyMatch.license(remote.license()).orElse(null);
		var frequency = VocabularyMatch.frequency(remote.frequency()).orElse(null);
		if (remote.frequency() != null && !remote.frequency().isBlank() && frequency == null) {
			notes.add("frequency '" + remote.frequency() + "' not recognised");
		}
		List<String> zoneIds = zoneIds(remote.zones(), notes);
		List<Double> bbox = remote.bbox();
		if (bbox != null && BoundingBoxes.problem(bbox) != null) {
			notes.add("bounding box " + bbox + " left out: " + BoundingBoxes.problem(bbox));
			bbox = null;
		}
		String start = date(remote.temporalStart());
		String end = date(remote.temporalEnd());
		if (start != null && end != null && end.compareTo(start) < 0) {
			notes.add("temporal coverage end " + end + " before its start: left out");
			end = null;
		}
		String email = remote.contactEmail() == null ? null : remote.contactEmail().strip().replaceFirst("^mailto:", "");
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			notes.add("contact e-mail '" + email + "' is not an address: left out");
			email = null;
		}
		String contactName = cut(remote.contactName(), 200);
		DatasetInput dataset = new DatasetInput(cut(remote.title(), MAX_TITLE), null, null,
				cut(remote.description(), MAX_DESCRIPTION), tags(remote.tags()), VocabularyMatch.themes(remote.themes()),
				license == null ? null : license.code(), frequency == null ? null : frequency.code(),
				start == null && end == null ? null : new DatasetInput.TemporalInput(start, end),
				new DatasetInput.SpatialInput(zoneIds, granularity(remote.granularity()), bbox),
				organizationId.toString(),
				contactName == null && email == null ? null : new DatasetInput.ContactInput(contactName, email), null,
				null, null, false, false);
		return new Mapped(dataset, resources(remote.resources(), notes), List.copyOf(notes));
	}

	private List<String> zoneIds(List<String> values, List<String> notes) {
		Set<String> ids = new LinkedHashSet<>();
		for (String value : values) {
			String name = value == null ? "" : value.strip();
			matched.get(name, this::match).ifPresentOrElse(ids::add, () -> {
				if (!name.isEmpty()) {
					notes.add("zone '" + name + "' not found among the geo zones");
				}
			});
			if (ids.size() == 200) {
				break;
			}
		}
		return List.copyOf(ids);
	}

	private Optional<String> match(String name) {
		// a zone URI of a French referential ends with its code
		String code = name.replaceAll("^.*/", "");
		return zones.match(name).or(() -> code.equals(name) ? Optional.empty() : zones.match(code)).map(GeoZone::id);
	}

	private static final Set<String> GRANULARITIES = Set.of("country", "region", "departement", "epci", "commune",
			"other");

	private static String granularity(String value) {
		if (value == null) {
			return null;
		}
		String code = value.strip().toLowerCase(Locale.ROOT).replaceFirst("^fr:", "");
		return GRANULARITIES.contains(code) ? code : null;
	}

	private static List<String> tags(List<String> values) {
		Set<String> tags = new LinkedHashSet<>();
		for (String value : values) {
			String tag = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
			if (!tag.isEmpty() && tag.length() <= 96) {
				tags.add(tag);
			}
			if (tags.size() == 50) {
				break;
			}
		}
		return List.copyOf(tags);
	}

	private static List<ResourceInput> resources(List<RemoteResource> remote, List<String> notes) {
		List<ResourceInput> resources = new ArrayList<>();
		for (RemoteResource resource : remote) {
			String url = resource.url() == null ? null : resource.url().strip();
			if (!webAddress(url)) {
				notes.add("resource '" + resource.title() + "' left out: '" + url + "' is not a web address");
				continue;
			}
			String title = resource.title() == null || resource.title().isBlank() ? fileName(url) : resource.title();
			String format = resource.format() == null ? null : formatOf(resource.format());
			resources.add(new ResourceInput(cut(title, MAX_TITLE), cut(resource.description(), 20_000), null, url,
					format, cut(resource.mime(), 120), resource.size() == null || resource.size() < 0 ? null
							: resource.size(),
					webAddress(resource.schemaUrl()) ? new ResourceInput.SchemaInput(null, null, resource.schemaUrl())
							: null, sha256(resource.checksum())));
		}
		return resources;
	}

	/** A source's "sha256:hex" checksum; the catalog keeps SHA-256 only. */
	private static Resource.Checksum sha256(String checksum) {
		if (checksum == null || !checksum.startsWith("sha256:")) {
			return null;
		}
		String hex = checksum.substring("sha256:".length()).toLowerCase(Locale.ROOT);
		return hex.matches("[0-9a-f]{64}") ? new Resource.Checksum("sha256", hex) : null;
	}

	/** "CSV", "text/csv", ".csv" and the EU file type URI .../file-type/CSV are all "csv". */
	private static String formatOf(String value) {
		String format = value.strip().replaceAll("^.*/file-type/", "").toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
		if (format.contains("/")) {
			format = format.substring(format.indexOf('/') + 1).replaceFirst("^(vnd\\.|x-)", "");
		}
		return format.isEmpty() || format.length() > 30 ? null : format;
	}

	private static boolean webAddress(String url) {
		if (url == null || url.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	private static String fileName(String url) {
		String path = URI.create(url).getPath();
		String name = path == null ? "" : path.replaceAll("^.*/", "");
		return name.isEmpty() ? url : name;
	}

	/** The date part of an ISO date or date-time, or null. */
	private static String date(String value) {
		if (value == null || value.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip().substring(0, 10)).toString();
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	private static String cut(String value, int max) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
	}
}
