package org.datagora.catalog;

/** Kinds of publishers. */
public enum OrganizationType implements Coded {

	MINISTRY("ministry", "Ministère", "Ministry"),
	PUBLIC_AGENCY("public-agency", "Établissement public", "Public agency"),
	LOCAL_AUTHORITY("local-authority", "Collectivité territoriale", "Local authority"),
	PUBLIC_COMPANY("public-company", "Entreprise publique", "Public company"),
	ASSOCIATION("association", "Association", "Association"),
	COMPANY("company", "Entreprise", "Company");

	private final String code;

	private final String fr;

	private final String en;

	OrganizationType(String code, String fr, String en) {
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
