package org.datagora.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datagora.ApiClient;
import org.datagora.PageClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The dataset search page {@code /datasets}, read as a browser without JavaScript reads it. */
class SearchPagesTest extends PortalTest {

	private static final Random RANDOM = new Random();

	@Autowired
	MessageSource messages;

	@Test
	void aWordOfTheTitleFindsTheDatasetWithTheWordMarked() {
		String word = word();
		newUser("Alice").post("/api/1/datasets/", Map.of("title", "Comptages " + word + " de Rennes", "description",
				"Les **compteurs** automatiques " + word + " de la ville."));
		awaitSearchable();

		PageClient.Page page = new PageClient(port).get("/datasets?q=" + word);
		assertThat(page.status()).isEqualTo(200);
		// the passage that matched, without its Markdown marks
		assertThat(page.body()).contains("1 jeu de données", "<mark>" + word + "</mark> de Rennes", "Pertinence",
				"Les compteurs automatiques <mark>" + word + "</mark> de la ville.")
			.doesNotContain("Aucun résultat exact");
		// the search field keeps the words
		assertThat(page.body()).contains("name=\"q\" value=\"" + word + "\"");
	}

	@Test
	void aWordWithATypoFindsApproximateResults() {
		String word = word();
		newUser("Alice").post("/api/1/datasets/", Map.of("title", "Horaires " + word));
		awaitSearchable();
		String typo = word.substring(0, 3) + (word.charAt(3) == 'u' ? 'o' : 'u') + word.substring(4);

		PageClient.Page page = new PageClient(port).get("/datasets?q=" + typo);
		assertThat(page.body()).contains("Aucun résultat exact ; résultats approchés", "Horaires");
	}

	@Test
	void facetLinksNarrowTheResultsAndTheirRemovalRestoresThem() {
		ApiClient bob = newUser("Bob");
		String tag = "facette-" + word();
		bob.post("/api/1/datasets/", Map.of("title", "Budget annexe eau", "tags", List.of(tag), "license", "cc-by"));
		bob.post("/api/1/datasets/", Map.of("title", "Budget annexe transports", "tags", List.of(tag), "license",
				"cc-by"));
		bob.post("/api/1/datasets/", Map.of("title", "Budget principal", "tags", List.of(tag), "license", "odc-odbl",
				"description", "Le **budget** [voté](https://example.org/vote) en 2026."));
		awaitSearchable();
		PageClient browser = new PageClient(port);

		PageClient.Page all = browser.get("/datasets?tag=" + tag + "&sort=title");
		assertThat(all.body()).contains("3 jeux de données", "Licence", "Dernière mise à jour", "Moins de 30 jours",
				"Le budget voté en 2026.");
		assertThat(all.body().indexOf("Budget annexe eau")).isLessThan(all.body().indexOf("Budget principal"));
		assertThat(browser.get("/datasets?tag=" + tag + "&page=2").body()).contains("3 jeux de données",
				"Cette page ne contient aucun résultat.");
		// the language switch keeps the search
		assertThat(all.body()).contains("href=\"/datasets?tag=" + tag + "&amp;sort=title&amp;lang=en\"");

		Matcher ccBy = facetLink("license=cc-by").matcher(all.body());
		assertThat(ccBy.find()).as("a link to the cc-by licence").isTrue();
		assertThat(ccBy.group(2)).isEqualTo("2");
		PageClient.Page narrowed = browser.get(unescape(ccBy.group(1)));
		assertThat(narrowed.body()).contains("2 jeux de données", "Budget annexe eau", "Budget annexe transports")
			.doesNotContain("Budget principal");
		assertThat(narrowed.body()).contains("aria-current=\"true\"", "Filtres actifs",
				"href=\"/api/1/datasets/export.csv?tag=" + tag + "&amp;sort=title&amp;license=cc-by\"");

		Matcher removal = Pattern.compile("<a class=\"fr-tag[^\"]*\" href=\"([^\"]+)\"").matcher(narrowed.body());
		assertThat(removal.find()).as("an active filter to remove").isTrue();
		assertThat(unescape(removal.group(1))).isEqualTo("/datasets?tag=" + tag + "&sort=title");
		assertThat(browser.get(unescape(removal.group(1))).body()).contains("3 jeux de données");
	}

	@Test
	void refusedParametersAreShownAsAnAlertOnThePage() {
		PageClient browser = new PageClient(port);
		PageClient.Page unknownLicence = browser.get("/datasets?q=budget&license=wtfpl");
		assertThat(unknownLicence.status()).isEqualTo(400);
		assertThat(unknownLicence.body()).contains("fr-alert--error", "La recherche n’a pas pu aboutir",
				"Licence : valeur non reconnue « wtfpl »", "href=\"/datasets?q=budget\"", "<h1>Jeux de données</h1>")
			.doesNotContain("Erreur 400");

		PageClient.Page tooDeep = browser.get("/datasets?page=600");
		assertThat(tooDeep.status()).isEqualTo(400);
		assertThat(tooDeep.body()).contains("fr-alert--error", "Revenir à la première page");

		PageClient.Page notANumber = browser.get("/datasets?page=deux");
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.body()).contains("fr-alert--error", "valeur non reconnue « deux »");
	}

	@Test
	void privateDatasetsOfOthersNeverAppear() {
		String word = word();
		PageClient alice = new PageClient(port);
		alice.signUp("alice-" + word + "@example.org", "Alice", "correct horse battery staple");
		assertThat(alice.submit("/datasets/new", "/datasets/new", "title", "Brouillon " + word, "private", "true")
			.status()).isEqualTo(302);
		awaitSearchable();

		assertThat(alice.get("/datasets?q=" + word).body()).contains("1 jeu de données", "Brouillon", "Privé");
		PageClient mallory = new PageClient(port);
		mallory.signUp("mallory-" + word + "@example.org", "Mallory", "correct horse battery staple");
		for (PageClient other : List.of(mallory, new PageClient(port))) {
			PageClient.Page page = other.get("/datasets?q=" + word);
			assertThat(page.body()).contains("Aucun jeu de données").doesNotContain("Brouillon");
		}
	}

	@Test
	void theEnglishPageHasEnglishLabels() {
		String tag = "english-" + word();
		newUser("Carol").post("/api/1/datasets/", Map.of("title", "Bus stops", "tags", List.of(tag)));
		awaitSearchable();

		PageClient.Page page = new PageClient(port).get("/datasets?tag=" + tag + "&lang=en");
		assertThat(page.body()).contains("<html lang=\"en\"", "1 dataset", "Refine the search", "Sort by",
				"Last update", "Less than 30 days", "Download these results (CSV)", "Active filters");
		assertThat(new PageClient(port).get("/datasets?lang=en&license=wtfpl").body())
			.contains("unknown value “wtfpl”");
	}

	@Test
	void countsAreWrittenTheFrenchWay() {
		assertThat(messages.getMessage("search.results", new Object[] { 1234L }, Locale.FRENCH))
			.matches("1\\h234 jeux de données");
	}

	/** A link of a facet panel whose address contains {@code parameter}: its address and count. */
	private static Pattern facetLink(String parameter) {
		return Pattern.compile("<a class=\"fr-sidemenu__link\" href=\"([^\"]*" + Pattern.quote(parameter)
				+ "[^\"]*)\"[^>]*>[^<]*\\((\\d+)\\)");
	}

	private static String unescape(String href) {
		return href.replace("&amp;", "&");
	}

	/** A made-up word, found only in the datasets of its test; no suffix the French stemmer would cut. */
	private static String word() {
		String consonants = "bdfgklmnprtvz";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			word.append(consonants.charAt(RANDOM.nextInt(consonants.length())))
				.append(vowels.charAt(RANDOM.nextInt(vowels.length())));
		}
		return word.append("k").toString();
	}
}
