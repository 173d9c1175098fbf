package org.datagora.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.datagora.catalog.AccessType;
import org.datagora.catalog.Coded;
import org.datagora.catalog.DatasetBadge;
import org.datagora.catalog.Frequency;
import org.datagora.catalog.License;
import org.datagora.catalog.OrganizationType;
import org.datagora.catalog.Theme;

/**
 * A filter of search results that also has counts: its query parameter, its field in the index
 * and, for coded values, the vocabulary that checks and labels them.
 */
public enum Facet {

	ORGANIZATION("organization", "organization", null, "Organisation", "Organization"),
	ORGANIZATION_TYPE("organization_type", "organization_type", OrganizationType.class, "Type d''organisation",
			"Organization type"),
	TAG("tag", "tag", null, "Mot-clé", "Keyword"),
	THEME("theme", "theme", Theme.class, "Thème", "Theme"),
	LICENSE("license", "license", License.class, "Licence", "Licence"),
	FORMAT("format", "format", null, "Format", "Format"),
	BADGE("badge", "badge", DatasetBadge.class, "Label", "Badge"),
	ACCESS_TYPE("access_type", "access_type", AccessType.class, "Accès", "Access"),
	// counted on the country, regions and departements: counting 37,000 communes and EPCI cost more
	// than all the other facets together, and the ten largest counts are regions and departements
	// anyway; every zone still filters
	GEOZONE("geozone", "zone", "zone_facet", null, "Couverture géographique", "Spatial coverage"),
	GRANULARITY("granularity", "granularity", null, "Granularité", "Granularity"),
	FREQUENCY("frequency", "frequency", Frequency.class, "Fréquence de mise à jour", "Update frequency"),
	SCHEMA("schema", "schema", null, "Schéma", "Schema"),
	LAST_UPDATE("last_update", "last_update", null, "Dernière mise à jour", "Last update");

	private final String parameter;

	private final String field;

	private final String facetField;

	private final Class<? extends Coded> vocabulary;

	private final String fr;

	private final String en;

	Facet(String parameter, String field, Class<? extends Coded> vocabulary, String fr, String en) {
		this(parameter, field, field, vocabulary, fr, en);
	}

	Facet(String parameter, String field, String facetField, Class<? extends Coded> vocabulary, String fr,
			String en) {
		this.parameter = parameter;
		this.field = field;
		this.facetField = facetField;
		this.vocabulary = vocabulary;
		this.fr = fr.replace("''", "'");
		this.en = en;
	}

	public String parameter() {
		return parameter;
	}

	/** The field filtered on. */
	String field() {
		return field;
	}

	/** The field counted. */
	String facetField() {
		return facetField;
	}

	/**
	 * Whether the values are few (a vocabulary, formats): Solr counts them fastest by intersecting
	 * each value's cached document set with the results (facet.method=enum), several times faster
	 * than walking the results' values.
	 */
	boolean fewValues() {
		return vocabulary != null || this == FORMAT || this == GRANULARITY || this == GEOZONE;
	}

	Class<? extends Coded> vocabulary() {
		return vocabulary;
	}

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : fr;
	}

	public static Optional<Facet> ofParameter(String parameter) {
		return Arrays.stream(values()).filter(facet -> facet.parameter.equals(parameter)).findFirst();
	}
}
