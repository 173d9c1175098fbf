package org.datagora.catalog;

/** Update frequencies: the EU frequency vocabulary (publications.europa.eu authority table). */
public enum Frequency implements Coded {

	TRIENNIAL("TRIENNIAL", "triennal", "triennial"),
	BIENNIAL("BIENNIAL", "biennal", "biennial"),
	ANNUAL("ANNUAL", "annuel", "annual"),
	ANNUAL_2("ANNUAL_2", "semestriel", "semiannual"),
	ANNUAL_3("ANNUAL_3", "trois fois par an", "three times a year"),
	QUARTERLY("QUARTERLY", "trimestriel", "quarterly"),
	BIMONTHLY("BIMONTHLY", "bimestriel", "bimonthly"),
	MONTHLY("MONTHLY", "mensuel", "monthly"),
	MONTHLY_2("MONTHLY_2", "bimensuel", "semimonthly"),
	BIWEEKLY("BIWEEKLY", "tous les quinze jours", "biweekly"),
	MONTHLY_3("MONTHLY_3", "trois fois par mois", "three times a month"),
	WEEKLY("WEEKLY", "hebdomadaire", "weekly"),
	WEEKLY_2("WEEKLY_2", "bihebdomadaire", "semiweekly"),
	WEEKLY_3("WEEKLY_3", "trois fois par semaine", "three times a week"),
	DAILY("DAILY", "quotidien", "daily"),
	DAILY_2("DAILY_2", "deux fois par jour", "twice a day"),
	UPDATE_CONT("UPDATE_CONT", "mise à jour continuelle", "continuously updated"),
	CONT("CONT", "continuel", "continuous"),
	IRREG("IRREG", "irrégulier", "irregular"),
	NEVER("NEVER", "jamais", "never"),
	OTHER("OTHER", "autre", "other"),
	UNKNOWN("UNKNOWN", "inconnu", "unknown");

	private final String code;

	private final String fr;

	private final String en;

	Frequency(String code, String fr, String en) {
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
		return "http://publications.europa.eu/resource/authority/frequency/" + code;
	}
}
