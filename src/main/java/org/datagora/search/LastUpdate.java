package org.datagora.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The last-update periods offered as a facet, as Solr date-math ranges rounded to the day (cacheable). */
enum LastUpdate {

	DAYS_30("30d", "[NOW/DAY-30DAYS TO *]", "Moins de 30 jours", "Less than 30 days"),
	MONTHS_12("12m", "[NOW/DAY-12MONTHS TO *]", "Moins de 12 mois", "Less than 12 months"),
	YEARS_3("3y", "[NOW/DAY-3YEARS TO *]", "Moins de 3 ans", "Less than 3 years");

	final String code;

	final String range;

	private final String fr;

	private final String en;

	LastUpdate(String code, String range, String fr, String en) {
		this.code = code;
		this.range = range;
		this.fr = fr;
		this.en = en;
	}

	String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : fr;
	}

	static Optional<LastUpdate> of(String code) {
		return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
	}
}
