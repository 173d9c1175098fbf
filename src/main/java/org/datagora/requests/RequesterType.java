package org.datagora.requests;

import org.datagora.catalog.Coded;

/** Who asks: the portal counts requests by the kind of people who need the data. */
public enum RequesterType implements Coded {

	CITIZEN("citizen", "Particulier", "Citizen"),
	COMPANY("company", "Entreprise", "Company"),
	ASSOCIATION("association", "Association", "Association"),
	RESEARCHER("researcher", "Chercheur ou chercheuse", "Researcher"),
	JOURNALIST("journalist", "Journaliste", "Journalist"),
	PUBLIC_BODY("public-body", "Organisme public", "Public body");

	private final String code;

	private final String fr;

	private final String en;

	RequesterType(String code, String fr, String en) {
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
