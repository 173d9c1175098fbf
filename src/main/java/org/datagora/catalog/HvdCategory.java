package org.datagora.catalog;

/**
 * The six categories of high-value datasets of Implementing Regulation (EU) 2023/138, with
 * their URIs in the EU's HVD category vocabulary (data.europa.eu/bna).
 */
public enum HvdCategory implements Coded {

	GEOSPATIAL("geospatial", "c_ac64a52d", "Géospatiales", "Geospatial"),
	EARTH_OBSERVATION("earth-observation", "c_dd313021", "Observation de la terre et environnement",
			"Earth observation and environment"),
	METEOROLOGICAL("meteorological", "c_164e0bf5", "Météorologiques", "Meteorological"),
	STATISTICS("statistics", "c_e1da4e07", "Statistiques", "Statistics"),
	COMPANIES("companies", "c_a9135398", "Entreprises et propriété d'entreprises", "Companies and company ownership"),
	MOBILITY("mobility", "c_b79e35eb", "Mobilité", "Mobility");

	private final String code;

	private final String concept;

	private final String fr;

	private final String en;

	HvdCategory(String code, String concept, String fr, String en) {
		this.code = code;
		this.concept = concept;
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

	/** The URI of this category in the EU vocabulary. */
	public String uri() {
		return "http://data.europa.eu/bna/" + concept;
	}
}
