package org.datagora.catalog;

/** The licences a dataset can be published under (udata's identifiers). */
public enum License implements Coded {

	LOV2("lov2", "Licence Ouverte / Open Licence version 2.0", "Licence Ouverte / Open Licence version 2.0",
			"https://www.etalab.gouv.fr/licence-ouverte-open-licence"),
	ODBL("odc-odbl", "Open Data Commons Open Database License (ODbL)",
			"Open Data Commons Open Database License (ODbL)", "https://opendatacommons.org/licenses/odbl/1-0/"),
	CC_BY("cc-by", "Creative Commons Attribution 4.0", "Creative Commons Attribution 4.0",
			"https://creativecommons.org/licenses/by/4.0/"),
	CC_BY_SA("cc-by-sa", "Creative Commons Attribution - Partage dans les mêmes conditions 4.0",
			"Creative Commons Attribution-ShareAlike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
	CC0("cc-zero", "Creative Commons CC0 (domaine public)", "Creative Commons CC0 (public domain)",
			"https://creativecommons.org/publicdomain/zero/1.0/"),
	OTHER("other", "Autre licence", "Other licence", null);

	private final String code;

	private final String fr;

	private final String en;

	private final String url;

	License(String code, String fr, String en, String url) {
		this.code = code;
		this.fr = fr;
		this.en = en;
		this.url = url;
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

	public String url() {
		return url;
	}
}
