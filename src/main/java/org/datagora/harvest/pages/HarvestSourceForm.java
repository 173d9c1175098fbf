package org.datagora.harvest.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.datagora.harvest.HarvestSource;
import org.datagora.harvest.HarvestSourceInput;

/**
 * The harvest source form as submitted: the protocol options {@code organization} and
 * {@code tag} (at the source) are fields of their own, the schedule is empty for "on demand";
 * {@code version} is the version the editor started from.
 */
public record HarvestSourceForm(String name, String url, String protocol, String remoteOrganization,
		String remoteTag, String schedule, Integer graceDays, Integer version) {

	/** The service field names that this form names differently. */
	static final String[] RENAMES = { "grace_days", "graceDays", "options", "remoteOrganization" };

	public static HarvestSourceForm empty() {
		return new HarvestSourceForm("", "", "", "", "", "", 7, null);
	}

	public static HarvestSourceForm of(HarvestSource source) {
		return new HarvestSourceForm(source.name(), source.url(), source.protocol(),
				source.options().getOrDefault("organization", ""), source.options().getOrDefault("tag", ""),
				source.schedule() == null ? "" : source.schedule(), source.graceDays(), source.version());
	}

	/** A new source of {@code organization}. */
	HarvestSourceInput toCreate(String organization) {
		return new HarvestSourceInput(organization, text(name), text(url), text(protocol), options(Map.of()),
				blankToNull(schedule), graceDays);
	}

	/**
	 * The changes to {@code current}: an empty schedule clears it (null would keep it), and
	 * options this form does not show (another protocol's) are kept.
	 */
	HarvestSourceInput toUpdate(HarvestSource current) {
		return new HarvestSourceInput(null, text(name), text(url), text(protocol), options(current.options()),
				text(schedule), graceDays);
	}

	private Map<String, String> options(Map<String, String> kept) {
		Map<String, String> options = new LinkedHashMap<>(kept);
		options.remove("organization");
		options.remove("tag");
		if (blankToNull(remoteOrganization) != null) {
			options.put("organization", remoteOrganization.strip());
		}
		if (blankToNull(remoteTag) != null) {
			options.put("tag", remoteTag.strip());
		}
		return options;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
