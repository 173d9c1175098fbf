package org.datagora.catalog;

/** Badges given to organizations by the portal's administrators. */
public enum OrganizationBadge implements Coded {

	PUBLIC_SERVICE("public-service", "Service public", "Public service"),
	CERTIFIED("certified", "Certifiée", "Certified");

	private final String code;

	private final String fr;

	private final String en;

	OrganizationBadge(String code, String fr, String en) {
		this.code = code;
		this.fr = fr;
		this.en = en;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public String fr() {
		return fr;
	}

	@Override
	public String en() {
		return en;
	}
}
