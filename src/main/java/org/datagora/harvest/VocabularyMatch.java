package org.datagora.harvest;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.datagora.catalog.Coded;
import org.datagora.catalog.Frequency;
import org.datagora.catalog.License;
import org.datagora.catalog.Theme;
import org.datagora.geo.Text;

/**
 * Recognises the licences, frequencies and themes of harvested catalogs, whatever the form the
 * source uses: a URI of the EU vocabularies, a CKAN or udata identifier, an ISO 19115 code, or a
 * loose name in French or English.
 */
final class VocabularyMatch {

	private VocabularyMatch() {
	}

	/** Folded words of a licence name or URL, in order, for matching. */
	private static String words(String value) {
		return Text.fold(value).replaceAll("^https?://(www\\.)?", "").replaceAll("[^a-z0-9.]+", " ").strip();
	}

	/**
	 * The licence {@code value} names, {@link License#OTHER} for a licence that is not ours, empty
	 * when the source says nothing (or "not specified").
	 */
	static Optional<License> license(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String w = words(value);
		if (w.matches(".*\\b(notspecified|not specified|non specifie.*|unspecified|unknown|inconnue?)\\b.*")) {
			return Optional.empty();
		}
		if (w.contains("etalab") || w.contains("licence ouverte") || w.contains("open licence")
				|| w.contains("lov2") || w.matches("(fr )?lo( 2.0)?") || w.contains("license ouverte")) {
			return Optional.of(License.LOV2);
		}
		if (w.contains("odbl") || w.contains("open database license") || w.contains("odc odbl")) {
			return Optional.of(License.ODBL);
		}
		if (w.contains("publicdomain zero") || w.contains("cc0") || w.contains("cc zero") || w.contains("cc 0")) {
			return Optional.of(License.CC0);
		}
		if (w.matches(".*\\b(by sa|cc by sa|bysa|sharealike|share alike|partage dans les memes conditions)\\b.*")) {
			return Optional.of(License.CC_BY_SA);
		}
		if (w.matches(".*\\b(cc by|licenses by|creative commons attribution|cc attribution|ccby)\\b.*")
				&& !w.matches(".*\\b(nc|nd|noncommercial|noderivs|no derivatives)\\b.*")) {
			return Optional.of(License.CC_BY);
		}
		return Optional.of(License.OTHER);
	}

	private static final Map<String, Frequency> FREQUENCY_WORDS = Map.ofEntries(
			// ISO 19115 MD_MaintenanceFrequencyCode
			Map.entry("continual", Frequency.CONT), Map.entry("daily", Frequency.DAILY),
			Map.entry("weekly", Frequency.WEEKLY), Map.entry("fortnightly", Frequency.BIWEEKLY),
			Map.entry("monthly", Frequency.MONTHLY), Map.entry("quarterly", Frequency.QUARTERLY),
			Map.entry("biannually", Frequency.ANNUAL_2), Map.entry("annually", Frequency.ANNUAL),
			Map.entry("asneeded", Frequency.IRREG), Map.entry("irregular", Frequency.IRREG),
			Map.entry("notplanned", Frequency.NEVER), Map.entry("unknown", Frequency.UNKNOWN),
			// udata and CKAN words
			Map.entry("punctual", Frequency.NEVER), Map.entry("ponctuelle", Frequency.NEVER),
			Map.entry("continuous", Frequency.CONT), Map.entry("hourly", Frequency.UPDATE_CONT),
			Map.entry("fourtimesaday", Frequency.UPDATE_CONT), Map.entry("threetimesaday", Frequency.UPDATE_CONT),
			Map.entry("semidaily", Frequency.DAILY_2), Map.entry("fourtimesaweek", Frequency.WEEKLY_3),
			Map.entry("threetimesaweek", Frequency.WEEKLY_3), Map.entry("semiweekly", Frequency.WEEKLY_2),
			Map.entry("biweekly", Frequency.BIWEEKLY), Map.entry("threetimesamonth", Frequency.MONTHLY_3),
			Map.entry("semimonthly", Frequency.MONTHLY_2), Map.entry("bimonthly", Frequency.BIMONTHLY),
			Map.entry("threetimesayear", Frequency.ANNUAL_3), Map.entry("semiannual", Frequency.ANNUAL_2),
			Map.entry("annual", Frequency.ANNUAL), Map.entry("yearly", Frequency.ANNUAL),
			Map.entry("biennial", Frequency.BIENNIAL), Map.entry("triennial", Frequency.TRIENNIAL),
			Map.entry("quinquennial", Frequency.OTHER), Map.entry("never", Frequency.NEVER),
			Map.entry("other", Frequency.OTHER));

	/** The frequency {@code value} names: an EU frequency URI or code, an ISO 19115 code, a word. */
	static Optional<Frequency> frequency(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String last = lastSegment(value);
		Optional<Frequency> coded = Coded.find(Frequency.class, last);
		if (coded.isPresent()) {
			return coded;
		}
		String compact = Text.fold(last).replaceAll("[^a-z]", "");
		Frequency word = FREQUENCY_WORDS.get(compact);
		if (word != null) {
			return Optional.of(word);
		}
		String folded = Text.fold(value).strip();
		return Arrays.stream(Frequency.values())
			.filter(frequency -> Text.fold(frequency.fr()).equals(folded) || Text.fold(frequency.en()).equals(folded))
			.findFirst();
	}

	/** INSPIRE themes and ISO 19115 topic categories that say which EU data theme a dataset is in. */
	private static final Map<String, Theme> THEME_WORDS = Map.ofEntries(
			Map.entry("farming", Theme.AGRI), Map.entry("agriculture", Theme.AGRI),
			Map.entry("economy", Theme.ECON), Map.entry("economie", Theme.ECON), Map.entry("finances", Theme.ECON),
			Map.entry("education", Theme.EDUC), Map.entry("culture", Theme.EDUC), Map.entry("sport", Theme.EDUC),
			Map.entry("energy", Theme.ENER), Map.entry("energie", Theme.ENER),
			Map.entry("environment", Theme.ENVI), Map.entry("environnement", Theme.ENVI),
			Map.entry("biota", Theme.ENVI), Map.entry("climatologymeteorologyatmosphere", Theme.ENVI),
			Map.entry("inlandwaters", Theme.ENVI), Map.entry("oceans", Theme.ENVI),
			Map.entry("government", Theme.GOVE), Map.entry("administration", Theme.GOVE),
			Map.entry("health", Theme.HEAL), Map.entry("sante", Theme.HEAL),
			Map.entry("international", Theme.INTR), Map.entry("justice", Theme.JUST),
			Map.entry("securite", Theme.JUST), Map.entry("intelligencemilitary", Theme.JUST),
			Map.entry("planningcadastre", Theme.REGI), Map.entry("boundaries", Theme.REGI),
			Map.entry("location", Theme.REGI), Map.entry("amenagement", Theme.REGI), Map.entry("urbanisme", Theme.REGI),
			Map.entry("society", Theme.SOCI), Map.entry("societe", Theme.SOCI), Map.entry("population", Theme.SOCI),
			Map.entry("geoscientificinformation", Theme.TECH), Map.entry("science", Theme.TECH),
			Map.entry("transportation", Theme.TRAN), Map.entry("transport", Theme.TRAN),
			Map.entry("transports", Theme.TRAN), Map.entry("mobilite", Theme.TRAN));

	/** The EU data themes among {@code values}: theme URIs or codes, labels, ISO topic categories. */
	static List<String> themes(List<String> values) {
		Set<String> codes = new LinkedHashSet<>();
		for (String value : values) {
			if (value == null || value.isBlank()) {
				continue;
			}
			String last = lastSegment(value);
			Optional<Theme> theme = Coded.find(Theme.class, last);
			if (theme.isEmpty()) {
				String folded = Text.fold(value).strip();
				theme = Arrays.stream(Theme.values())
					.filter(t -> Text.fold(t.fr()).equals(folded) || Text.fold(t.en()).equals(folded))
					.findFirst()
					.or(() -> Optional.ofNullable(THEME_WORDS.get(Text.fold(last).replaceAll("[^a-z]", ""))));
			}
			theme.ifPresent(t -> codes.add(t.code()));
		}
		return List.copyOf(codes);
	}

	private static String lastSegment(String value) {
		String stripped = value.strip().replaceAll("[/#]+$", "");
		int cut = Math.max(stripped.lastIndexOf('/'), stripped.lastIndexOf('#'));
		return cut >= 0 ? stripped.substring(cut + 1) : stripped;
	}
}
