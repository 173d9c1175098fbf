package org.datagora.catalog;

/** Dataset themes: the EU data theme vocabulary (publications.europa.eu authority table). */
public enum Theme implements Coded {

	AGRI("AGRI", "Agriculture, pêche, sylviculture et alimentation", "Agriculture, fisheries, forestry and food"),
	ECON("ECON", "Économie et finances", "Economy and finance"),
	EDUC("EDUC", "Éducation, culture et sport", "Education, culture and sport"),
	ENER("ENER", "Énergie", "Energy"),
	ENVI("ENVI", "Environnement", "Environment"),
	GOVE("GOVE", "Gouvernement et secteur public", "Government and public sector"),
	HEAL("HEAL", "Santé", "Health"),
	INTR("INTR", "Questions internationales", "International issues"),
	JUST("JUST", "Justice, système juridique et sécurité publique", "Justice, legal system and public safety"),
	REGI("REGI", "Régions et villes", "Regions and cities"),
	SOCI("SOCI", "Population et société", "Population and society"),
	TECH("TECH", "Science et technologie", "Science and technology"),
	TRAN("TRAN", "Transports", "Transport");

	private final String code;

	private final String fr;

	private final String en;

	Theme(String code, String fr, String en) {
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

	/** The URI of this value in the EU vocabulary. */
	public String uri() {
		return "http://publications.europa.eu/resource/authority/data-theme/" + code;
	}
}
