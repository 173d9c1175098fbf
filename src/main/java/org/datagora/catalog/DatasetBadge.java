package org.datagora.catalog;

/** Badges given to datasets by the portal's administrators. */
public enum DatasetBadge implements Coded {

	SPD("spd", "Service public de la donnée", "Public data service"),
	HVD("hvd", "Données de forte valeur", "High-value dataset"),
	INSPIRE("inspire", "INSPIRE", "INSPIRE");

	private final String code;

	private final String fr;

	private final String en;

	DatasetBadge(String code, String fr, String en) {
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
