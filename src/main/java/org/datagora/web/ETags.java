package org.datagora.web;

/**
 * Versions as entity tags: a representation at version 7 has {@code ETag: "7"}; an update sent
 * with {@code If-Match: "7"} is refused with 412 if the version moved on.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(int version) {
		return "\"" + version + "\"";
	}

	/** The version an {@code If-Match} header asks for; null when absent or {@code *}. */
	public static Integer expectedVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Integer.valueOf(tag);
		}
		catch (NumberFormatException e) {
			// a tag we never issued cannot match the current version
			return -1;
		}
	}
}
