package org.datagora.search.ckan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.License;
import org.datagora.catalog.Organization;
import org.datagora.catalog.Resource;
import org.datagora.catalog.Theme;

/**
 * Our records as CKAN dicts, with every key CKAN 2.x answers (those we have no value for are
 * null or empty), so that clients reading a key find it. Maps keep CKAN's key names as they are.
 */
final class CkanDicts {

	// CKAN's timestamps: UTC without a zone, microseconds
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
		.withZone(ZoneOffset.UTC);

	private CkanDicts() {
	}

	static Map<String, Object> pack(Dataset dataset, Organization organization, String baseUrl) {
		Map<String, Object> dict = new LinkedHashMap<>();
		String contact = dataset.contactPoint() == null ? null : dataset.contactPoint().name();
		String email = dataset.contactPoint() == null ? null : dataset.contactPoint().email();
		License license = dataset.license();
		dict.put("id", dataset.id().toString());
		dict.put("name", dataset.slug());
		dict.put("title", dataset.title());
		dict.put("notes", dataset.description());
		dict.put("author", contact);
		dict.put("author_email", email);
		dict.put("maintainer", contact);
		dict.put("maintainer_email", email);
		dict.put("license_id", license == null ? null : license.code());
		dict.put("license_title", license == null ? null : license.en());
		dict.put("license_url", license == null ? null : license.url());
		dict.put("isopen", license != null && license != License.OTHER);
		dict.put("metadata_created", time(dataset.createdAt()));
		dict.put("metadata_modified", time(dataset.lastModified()));
		dict.put("private", dataset.isPrivate());
		dict.put("state", dataset.deleted() == null ? "active" : "deleted");
		dict.put("type", "dataset");
		dict.put("url", baseUrl + "/datasets/" + dataset.slug());
		dict.put("version", null);
		dict.put("creator_user_id", dataset.owner() == null ? null : dataset.owner().id().toString());
		dict.put("revision_id", null);
		dict.put("organization", organization == null ? null : organization(organization));
		dict.put("owner_org", organization == null ? null : organization.id().toString());
		dict.put("tags", dataset.tags().stream().map(CkanDicts::tag).toList());
		dict.put("num_tags", dataset.tags().size());
		dict.put("groups", dataset.themes().stream().map(CkanDicts::groupRef).toList());
		dict.put("extras", extras(dataset));
		List<Resource> resources = dataset.resources() == null ? List.of() : dataset.resources();
		List<Map<String, Object>> resourceDicts = new ArrayList<>();
		for (int i = 0; i < resources.size(); i++) {
			resourceDicts.add(resource(resources.get(i), i));
		}
		dict.put("resources", resourceDicts);
		dict.put("num_resources", resources.size());
		dict.put("relationships_as_object", List.of());
		dict.put("relationships_as_subject", List.of());
		return dict;
	}

	static Map<String, Object> resource(Resource resource, int position) {
		Map<String, Object> dict = new LinkedHashMap<>();
		dict.put("id", resource.id().toString());
		dict.put("package_id", resource.datasetId().toString());
		// an uploaded file is downloaded through its stable link
		dict.put("url", resource.uploaded() && resource.latest() != null ? resource.latest() : resource.url());
		dict.put("name", resource.title());
		dict.put("description", resource.description());
		dict.put("format", resource.format() == null ? null : resource.format().toUpperCase(Locale.ROOT));
		dict.put("mimetype", resource.mime());
		dict.put("mimetype_inner", null);
		dict.put("size", resource.filesize());
		dict.put("hash", resource.checksum() == null ? "" : resource.checksum().value());
		dict.put("created", time(resource.createdAt()));
		dict.put("last_modified", time(resource.lastModified()));
		dict.put("position", position);
		dict.put("state", "active");
		dict.put("url_type", resource.uploaded() ? "upload" : null);
		dict.put("resource_type", null);
		dict.put("datastore_active", false);
		dict.put("cache_url", null);
		dict.put("cache_last_updated", null);
		dict.put("revision_id", null);
		return dict;
	}

	static Map<String, Object> organization(Organization organization) {
		return group(organization.id().toString(), organization.slug(), organization.name(),
				organization.description(), organization.logoUrl(), true, time(organization.createdAt()));
	}

	/** Themes are CKAN's groups, named by their code in lower case as CKAN names are. */
	static Map<String, Object> group(Theme theme) {
		return group(groupId(theme), groupName(theme), theme.en(), "", "", false, null);
	}

	/** A group as a package lists it: the few keys CKAN gives there. */
	static Map<String, Object> groupRef(Theme theme) {
		Map<String, Object> dict = new LinkedHashMap<>();
		dict.put("id", groupId(theme));
		dict.put("name", groupName(theme));
		dict.put("title", theme.en());
		dict.put("display_name", theme.en());
		dict.put("description", "");
		dict.put("image_display_url", "");
		return dict;
	}

	private static Map<String, Object> group(String id, String name, String title, String description,
			String imageUrl, boolean organization, String created) {
		Map<String, Object> dict = new LinkedHashMap<>();
		dict.put("id", id);
		dict.put("name", name);
		dict.put("title", title);
		dict.put("description", description);
		dict.put("image_url", imageUrl);
		dict.put("type", organization ? "organization" : "group");
		dict.put("is_organization", organization);
		dict.put("state", "active");
		dict.put("approval_status", "approved");
		dict.put("created", created);
		dict.put("revision_id", null);
		return dict;
	}

	/** Tags have no id of their own here: a stable one is derived from the name. */
	static Map<String, Object> tag(String name) {
		Map<String, Object> dict = new LinkedHashMap<>();
		dict.put("id", derivedId("tag:" + name));
		dict.put("name", name);
		dict.put("display_name", name);
		dict.put("state", "active");
		dict.put("vocabulary_id", null);
		return dict;
	}

	/** Nor have themes: theirs is derived from their code. */
	static String groupId(Theme theme) {
		return derivedId("group:" + theme.code());
	}

	private static String derivedId(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}

	static String groupName(Theme theme) {
		return theme.code().toLowerCase(Locale.ROOT);
	}

	static Map<String, Object> license(License license) {
		Map<String, Object> dict = new LinkedHashMap<>();
		dict.put("id", license.code());
		dict.put("title", license.en());
		dict.put("url", license.url() == null ? "" : license.url());
		dict.put("status", "active");
		dict.put("od_conformance", license == License.OTHER ? "not reviewed" : "approved");
		dict.put("osd_conformance", "not reviewed");
		dict.put("domain_content", false);
		dict.put("domain_data", true);
		dict.put("domain_software", false);
		dict.put("is_generic", license == License.OTHER);
		dict.put("is_okd_compliant", license != License.OTHER);
		dict.put("is_osi_compliant", false);
		return dict;
	}

	/**
	 * The fields asked with {@code fl}, valued as CKAN answers them (from its search index): tags
	 * and groups by name, the organization by name, times in UTC with a Z. A field without a
	 * value is left out, as Solr leaves it out.
	 */
	static Map<String, Object> indexed(Map<String, Object> pack, List<String> fields) {
		Map<String, Object> dict = new LinkedHashMap<>();
		for (String field : fields) {
			Object value = pack.get(field);
			Object indexed = switch (field) {
				case "tags", "groups" -> ((List<?>) value).stream().map(item -> ((Map<?, ?>) item).get("name")).toList();
				case "organization" -> value == null ? null : ((Map<?, ?>) value).get("name");
				case "metadata_created", "metadata_modified" -> value == null ? null : value + "Z";
				default -> value;
			};
			if (indexed != null) {
				dict.put(field, indexed);
			}
		}
		return dict;
	}

	/** The fields CKAN has no place for, in the extras that ckanext-dcat and ckanext-spatial use. */
	private static List<Map<String, Object>> extras(Dataset dataset) {
		List<Map<String, Object>> extras = new ArrayList<>();
		if (dataset.frequency() != null) {
			extras.add(extra("frequency", dataset.frequency().uri()));
		}
		Dataset.Spatial spatial = dataset.spatial();
		if (spatial != null && !spatial.zones().isEmpty()) {
			extras.add(extra("spatial_uri", spatial.zones().get(0)));
			extras.add(extra("spatial_zones", String.join(" ", spatial.zones())));
		}
		if (spatial != null && spatial.bbox() != null && spatial.bbox().size() == 4) {
			List<Double> b = spatial.bbox();
			extras.add(extra("spatial", "{\"type\": \"Polygon\", \"coordinates\": [[[" + b.get(0) + ", " + b.get(1)
					+ "], [" + b.get(2) + ", " + b.get(1) + "], [" + b.get(2) + ", " + b.get(3) + "], [" + b.get(0)
					+ ", " + b.get(3) + "], [" + b.get(0) + ", " + b.get(1) + "]]]}"));
		}
		Dataset.Temporal temporal = dataset.temporalCoverage();
		if (temporal != null && temporal.start() != null) {
			extras.add(extra("temporal_start", temporal.start().toString()));
		}
		if (temporal != null && temporal.end() != null) {
			extras.add(extra("temporal_end", temporal.end().toString()));
		}
		return extras;
	}

	static Map<String, Object> extra(String key, String value) {
		Map<String, Object> dict = new LinkedHashMap<>();
		dict.put("key", key);
		dict.put("value", value);
		return dict;
	}

	static String time(Instant instant) {
		return instant == null ? null : TIME.format(instant);
	}
}
