package org.datagora.catalog;

/** What a resource of a dataset is. */
public enum ResourceType implements Coded {

	MAIN("main", "Fichier principal", "Main file"),
	DOCUMENTATION("documentation", "Documentation", "Documentation"),
	UPDATE("update", "Mise à jour", "Update"),
	API("api", "API", "API"),
	CODE("code", "Code source", "Source code"),
	OTHER("other", "Autre", "Other");

	private final String code;

	private final String fr;

	private final String en;

	ResourceType(String code, String fr, String en) {
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
