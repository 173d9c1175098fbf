package org.datagora.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A judged query set: French queries as people type them (accents or not, synonyms, acronyms,
 * elisions, typos) with the datasets that must come first, over the demo catalog plus typical
 * datasets of French portals. It reports precision at 1 and the mean reciprocal rank; every
 * judged query must rank one of its answers first, so relevance cannot regress unnoticed.
 */
@TestPropertySource(properties = "datagora.demo.mode=always")
class RelevanceTest extends PortalTest {

	/** Title, acronym, tags, description. */
	private static final List<List<Object>> CATALOG = List.of(
			List.of("Aménagements cyclables de la Métropole de Lyon", "", List.of("pistes cyclables", "mobilité"),
					"Pistes et bandes cyclables, voies vertes et double-sens cyclables du territoire métropolitain."),
			List.of("Stationnements vélo à Paris", "", List.of("stationnement", "mobilité"),
					"Emplacements des arceaux et abris pour vélos sur la voie publique."),
			List.of("Vélos en libre-service : disponibilité des stations", "", List.of("vls"),
					"Nombre de vélos et de places libres par station, mis à jour chaque minute."),
			List.of("Base Sirene des entreprises et de leurs établissements", "SIRENE", List.of("siren", "siret"),
					"Le répertoire de toutes les unités légales et de leurs établissements, tenu par l'Insee."),
			List.of("Enquête sur les entreprises de transport routier", "", List.of("transport"),
					"Résultats annuels de l'enquête statistique auprès des transporteurs."),
			List.of("Base Adresse Nationale", "BAN", List.of("adresse", "géocodage"),
					"Toutes les adresses géolocalisées du territoire, de référence pour le géocodage."),
			List.of("Qualité de l'eau distribuée par commune", "", List.of("santé", "eau potable"),
					"Résultats du contrôle sanitaire des eaux destinées à la consommation humaine."),
			List.of("Qualité de l'air : concentrations de polluants", "", List.of("pollution", "environnement"),
					"Mesures horaires de dioxyde d'azote, d'ozone et de particules fines par station."),
			List.of("Bornes de recharge pour véhicules électriques", "IRVE", List.of("énergie", "mobilité"),
					"Infrastructures de recharge ouvertes au public, selon le schéma national."),
			List.of("Horaires théoriques des bus et tramways", "", List.of("gtfs", "transport en commun"),
					"Arrêts, lignes et horaires du réseau urbain au format GTFS."),
			List.of("Budget primitif 2025 de la Région Bretagne", "", List.of("finances", "budget"),
					"Crédits votés par le conseil régional, par fonction et par nature."),
			List.of("Comptes administratifs des communes", "", List.of("finances locales"),
					"Balances comptables des communes depuis 2012."),
			List.of("Écoles maternelles et élémentaires", "", List.of("éducation", "écoles"),
					"Adresse, effectifs et secteur de chaque école publique et privée."),
			List.of("Arbres d'alignement de Grenoble", "", List.of("patrimoine arboré"),
					"Essence, hauteur et date de plantation des arbres des rues."),
			List.of("Permis de construire déposés", "", List.of("urbanisme", "logement"),
					"Autorisations d'urbanisme délivrées, mises à jour chaque mois."),
			List.of("Résultats des élections municipales 2020", "", List.of("élections"),
					"Résultats par bureau de vote des deux tours."),
			List.of("Population légale des communes", "", List.of("recensement"),
					"Populations municipales, comptées à part et totales, issues du recensement."),
			List.of("Liste des établissements sanitaires et sociaux", "FINESS", List.of("santé", "hôpitaux"),
					"Le fichier national des établissements sanitaires et sociaux."),
			List.of("Répertoire national des associations", "RNA", List.of("associations"),
					"Associations déclarées en préfecture, avec leur objet et leur siège."),
			List.of("Subventions aux associations sportives", "", List.of("sport", "subventions"),
					"Montants attribués par la ville aux clubs et associations sportives."),
			List.of("Diagnostics de performance énergétique des logements", "DPE", List.of("énergie", "logement"),
					"Étiquettes énergie et climat des logements diagnostiqués."),
			List.of("Accidents corporels de la circulation routière", "", List.of("sécurité routière"),
					"Lieux, véhicules et usagers impliqués dans les accidents avec blessés."),
			List.of("Parcelles cadastrales", "", List.of("foncier"),
					"Le plan cadastral informatisé, parcelle par parcelle."),
			List.of("Défibrillateurs automatisés externes", "DAE", List.of("santé"),
					"Emplacements et disponibilité des défibrillateurs accessibles au public."),
			List.of("Zones inondables", "", List.of("risques naturels"),
					"Atlas des zones inondables par débordement de cours d'eau."));

	/** A query and the titles any of which must come first. */
	private record Judgement(String query, Set<String> first) {
	}

	private static final List<Judgement> JUDGEMENTS = List.of(
			new Judgement("vélo", Set.of("Stationnements vélo à Paris", "Vélos en libre-service : disponibilité des stations")),
			new Judgement("bicyclette", Set.of("Stationnements vélo à Paris",
					"Aménagements cyclables de la Métropole de Lyon", "Vélos en libre-service : disponibilité des stations")),
			new Judgement("pistes cyclables", Set.of("Aménagements cyclables de la Métropole de Lyon")),
			new Judgement("sirene", Set.of("Base Sirene des entreprises et de leurs établissements")),
			new Judgement("entreprises", Set.of("Base Sirene des entreprises et de leurs établissements")),
			new Judgement("BAN", Set.of("Base Adresse Nationale")),
			new Judgement("adresses", Set.of("Base Adresse Nationale")),
			new Judgement("qualite eau", Set.of("Qualité de l'eau distribuée par commune")),
			new Judgement("l'eau potable", Set.of("Qualité de l'eau distribuée par commune")),
			new Judgement("pollution air", Set.of("Qualité de l'air : concentrations de polluants")),
			new Judgement("irve", Set.of("Bornes de recharge pour véhicules électriques")),
			new Judgement("bornes de recharge", Set.of("Bornes de recharge pour véhicules électriques")),
			new Judgement("horaires bus", Set.of("Horaires théoriques des bus et tramways")),
			new Judgement("gtfs", Set.of("Horaires théoriques des bus et tramways")),
			new Judgement("budget bretagne", Set.of("Budget primitif 2025 de la Région Bretagne")),
			new Judgement("ecoles", Set.of("Écoles maternelles et élémentaires")),
			new Judgement("arbres", Set.of("Arbres d'alignement de Grenoble")),
			new Judgement("élections municipales", Set.of("Résultats des élections municipales 2020")),
			new Judgement("recensement population", Set.of("Population légale des communes")),
			new Judgement("finess", Set.of("Liste des établissements sanitaires et sociaux")),
			new Judgement("rna", Set.of("Répertoire national des associations")),
			new Judgement("dpe", Set.of("Diagnostics de performance énergétique des logements")),
			new Judgement("accidents routiers", Set.of("Accidents corporels de la circulation routière")),
			new Judgement("cadastre", Set.of("Parcelles cadastrales")),
			new Judgement("defibrilateurs", Set.of("Défibrillateurs automatisés externes")),
			new Judgement("zones inondabels", Set.of("Zones inondables")),
			// the demo catalog: an exact title comes first among many datasets about communes
			new Judgement("Communes de France", Set.of("Communes de France")),
			new Judgement("départements", Set.of("Départements et régions")));

	@Test
	void judgedQueriesRankTheirAnswerFirst() {
		ApiClient admin = newSiteAdmin();
		for (List<Object> dataset : CATALOG) {
			assertThat(admin.post("/api/1/datasets/", Map.of("title", dataset.get(0), "acronym", dataset.get(1),
					"tags", dataset.get(2), "description", dataset.get(3))).status()).isEqualTo(201);
		}
		awaitSearchable();

		List<String> misses = new ArrayList<>();
		double reciprocalRanks = 0;
		for (Judgement judgement : JUDGEMENTS) {
			List<String> titles = SearchApiTest.titlesFor(anonymous, judgement.query());
			int rank = 0;
			for (int i = 0; i < titles.size() && rank == 0; i++) {
				if (judgement.first().contains(titles.get(i))) {
					rank = i + 1;
				}
			}
			reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
			if (rank != 1) {
				misses.add(judgement.query() + " -> " + titles.subList(0, Math.min(3, titles.size())));
			}
		}
		double precisionAt1 = (JUDGEMENTS.size() - misses.size()) / (double) JUDGEMENTS.size();
		System.out.printf("Relevance: %d judged queries, precision@1 %.2f, MRR %.2f%n", JUDGEMENTS.size(),
				precisionAt1, reciprocalRanks / JUDGEMENTS.size());
		assertThat(misses).as("queries whose answer is not first").isEmpty();
	}
}
