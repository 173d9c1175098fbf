package org.datagora.catalog;

/** Who can get the data of a dataset. */
public enum AccessType implements Coded {

	OPEN("open", "Accès libre", "Open"),
	OPEN_WITH_ACCOUNT("open-with-account", "Accès libre avec compte", "Open with an account"),
	RESTRICTED("restricted", "Accès restreint", "Restricted");

	private final String code;

	private final String fr;

	private final String en;

	AccessType(String code, String fr, String en) {
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
