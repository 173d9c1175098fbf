package org.datagora.identity;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a member may do in an organization: admins also manage members and the organization. */
public enum Role {

	ADMIN, EDITOR;

	@JsonValue
	public String code() {
		return name().toLowerCase();
	}

	public static Role fromCode(String code) {
		return valueOf(code.toUpperCase());
	}
}
