package org.datagora.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.datagora.catalog.Frequency;
import org.datagora.catalog.License;
import org.junit.jupiter.api.Test;

/** Licences, frequencies and themes as harvested catalogs really write them. */
class VocabularyMatchTest {

	@Test
	void licencesAreRecognisedFromUrlsIdentifiersAndLooseNames() {
		Map<String, License> cases = Map.ofEntries(Map.entry("https://www.etalab.gouv.fr/licence-ouverte-open-licence",
				License.LOV2), Map.entry("fr-lo", License.LOV2), Map.entry("Licence Ouverte / Open Licence version 2.0",
						License.LOV2),
				Map.entry("https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf",
						License.LOV2),
				Map.entry("odc-odbl", License.ODBL), Map.entry("http://opendatacommons.org/licenses/odbl/1.0/",
						License.ODBL),
				Map.entry("Open Database License (ODbL)", License.ODBL), Map.entry("cc-by", License.CC_BY),
				Map.entry("https://creativecommons.org/licenses/by/4.0/", License.CC_BY),
				Map.entry("CC-BY-4.0", License.CC_BY), Map.entry("Creative Commons Attribution", License.CC_BY),
				Map.entry("cc-by-sa", License.CC_BY_SA), Map.entry("http://creativecommons.org/licenses/by-sa/3.0/",
						License.CC_BY_SA),
				Map.entry("cc-zero", License.CC0), Map.entry("http://creativecommons.org/publicdomain/zero/1.0/",
						License.CC0),
				Map.entry("CC-BY-NC-4.0", License.OTHER), Map.entry("Licence propriétaire de la ville", License.OTHER));
		cases.forEach((given, expected) -> assertThat(VocabularyMatch.license(given)).as(given).contains(expected));
		for (String nothing : List.of("", "notspecified", "License not specified", "Non spécifiée")) {
			assertThat(VocabularyMatch.license(nothing)).as(nothing).isEmpty();
		}
	}

	@Test
	void frequenciesFromEuUrisIsoCodesAndPortalWords() {
		Map<String, Frequency> cases = Map.of("http://publications.europa.eu/resource/authority/frequency/ANNUAL",
				Frequency.ANNUAL, "MONTHLY", Frequency.MONTHLY, "annually", Frequency.ANNUAL, "asNeeded", Frequency.IRREG,
				"punctual", Frequency.NEVER, "semiannual", Frequency.ANNUAL_2, "quotidien", Frequency.DAILY, "continual",
				Frequency.CONT, "http://purl.org/cld/freq/weekly", Frequency.WEEKLY);
		cases.forEach((given, expected) -> assertThat(VocabularyMatch.frequency(given)).as(given).contains(expected));
		assertThat(VocabularyMatch.frequency("whenever the intern remembers")).isEqualTo(Optional.empty());
	}

	@Test
	void themesFromEuUrisLabelsAndIsoTopicCategories() {
		assertThat(VocabularyMatch.themes(List.of("http://publications.europa.eu/resource/authority/data-theme/TRAN",
				"Environnement", "farming", "planningCadastre", "Health", "pas un thème", "TRAN")))
			.containsExactly("TRAN", "ENVI", "AGRI", "REGI", "HEAL");
	}
}
