package org.datagora.requests;

import org.datagora.catalog.Coded;

/** The grounds of a refusal, from the articles of the CRPA that allow one. */
public enum RefusalReason implements Coded {

	PERSONAL_DATA("personal_data", "Vie privée, données personnelles (L311-6)", "Privacy, personal data (L311-6)"),
	TRADE_SECRET("trade_secret", "Secret des affaires (L311-6)", "Trade or industrial secrets (L311-6)"),
	NATIONAL_SECURITY("national_security", "Défense nationale, sûreté de l’État, sécurité publique (L311-5)",
			"National defence, State security, public safety (L311-5)"),
	DOES_NOT_EXIST("does_not_exist", "Le document n’existe pas", "The document does not exist"),
	NOT_FINISHED("not_finished", "Document inachevé ou préparatoire (L311-2)",
			"Unfinished or preparatory document (L311-2)"),
	EXCESSIVE_REQUEST("excessive_request", "Demande abusive (L311-2)", "Excessive request (L311-2)");

	private final String code;

	private final String fr;

	private final String en;

	RefusalReason(String code, String fr, String en) {
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
