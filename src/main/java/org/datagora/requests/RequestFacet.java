package org.datagora.requests;

import java.util.Locale;

/** What request searches filter and count by: the query parameter and its label. */
public enum RequestFacet {

	STATUS("status", "Statut", "Status"),
	ORGANIZATION("organization", "Organisation", "Organization"),
	THEME("theme", "Thème", "Theme"),
	GEOZONE("geozone", "Zone géographique", "Geographic zone"),
	REQUESTER_TYPE("requester_type", "Type de demandeur", "Requester");

	private final String parameter;

	private final String fr;

	private final String en;

	RequestFacet(String parameter, String fr, String en) {
		this.parameter = parameter;
		this.fr = fr;
		this.en = en;
	}

	public String parameter() {
		return parameter;
	}

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : fr;
	}
}
