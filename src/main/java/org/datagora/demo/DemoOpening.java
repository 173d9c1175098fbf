package org.datagora.demo;

import java.time.LocalDate;
import java.util.List;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.Organization;
import org.datagora.identity.Accounts;
import org.datagora.identity.Viewer;
import org.datagora.requests.DataRequest;
import org.datagora.requests.DataRequests;
import org.datagora.requests.RequestComments;
import org.datagora.requests.RequestInput;
import org.datagora.requests.RequestSupport;
import org.datagora.requests.RequestWorkflow;
import org.datagora.requests.StepInput;
import org.datagora.roadmap.RoadmapClock;
import org.datagora.roadmap.RoadmapEntries;
import org.datagora.roadmap.RoadmapEntry;
import org.datagora.roadmap.RoadmapEntryInput;
import org.datagora.roadmap.RoadmapFromRequests;
import org.datagora.roadmap.RoadmapSupports;
import org.datagora.roadmap.StatusChange;
import org.springframework.stereotype.Component;

/**
 * The demo's open-by-default side: people asking for data (each request at another stage of its
 * workflow, one turned into a roadmap entry) and the organizations' opening roadmaps, written
 * through the same services as the API by the people who would write them.
 */
@Component
class DemoOpening {

	private final Accounts accounts;

	private final DataRequests requests;

	private final RequestWorkflow workflow;

	private final RequestSupport requestSupport;

	private final RequestComments comments;

	private final RoadmapEntries entries;

	private final RoadmapSupports entrySupport;

	private final RoadmapFromRequests fromRequests;

	private final RoadmapClock clock;

	DemoOpening(Accounts accounts, DataRequests requests, RequestWorkflow workflow, RequestSupport requestSupport,
			RequestComments comments, RoadmapEntries entries, RoadmapSupports entrySupport,
			RoadmapFromRequests fromRequests, RoadmapClock clock) {
		this.accounts = accounts;
		this.requests = requests;
		this.workflow = workflow;
		this.requestSupport = requestSupport;
		this.comments = comments;
		this.entries = entries;
		this.entrySupport = entrySupport;
		this.fromRequests = fromRequests;
		this.clock = clock;
	}

	/** Everything, {@code admin} answering for the organizations (it administers the three of them). */
	void create(Viewer admin, Organization ministry, Organization region, Organization city, Dataset communes,
			String password) {
		Viewer camille = accounts.signUp("camille@demo.datagora.fr", "Camille (démo)", password);
		Viewer lucas = accounts.signUp("lucas@demo.datagora.fr", "Lucas, Itinéraires SAS (démo)", password);
		Viewer ines = accounts.signUp("ines@demo.datagora.fr", "Inès, journaliste (démo)", password);
		LocalDate today = clock.today();

		DataRequest pools = ask(camille, new RequestInput("Horaires et fréquentation des piscines municipales",
				"Les horaires d'ouverture de chaque piscine, les fermetures exceptionnelles et la fréquentation "
						+ "par heure.",
				"Une application qui dit aux nageurs quand aller à la piscine sans faire la queue.", "citizen",
				city.slug(), "fr:commune:69123", "EDUC"));
		lucas.act(() -> requestSupport.support(pools.id(), true));
		ines.act(() -> comments.add(pools.id(), "La fréquentation servirait aussi à suivre l'effet des nouveaux "
				+ "horaires d'été."));

		DataRequest polls = ask(lucas, new RequestInput("Résultats électoraux par bureau de vote",
				"Les résultats de chaque scrutin au niveau du bureau de vote, avec le code du bureau.",
				"Des cartes électorales fines pour la presse locale.", "company", ministry.slug(), null, "GOVE"));
		ines.act(() -> requestSupport.support(polls.id(), true));
		admin.act(() -> fromRequests.turn(polls.id(), new RoadmapFromRequests.Turn(null, null,
				"Journalistes, chercheurs et électeurs comparent les bureaux de vote.", today.plusMonths(5)), null));

		DataRequest codes = ask(ines, new RequestInput("Liste des communes avec leur code INSEE",
				"Toutes les communes, leur code INSEE et leur population.", "Relier nos articles aux communes.",
				"journalist", ministry.slug(), null, "REGI"));
		admin.act(() -> workflow.move(codes.id(), new StepInput("already_open", null, null, null,
				List.of(communes.slug()), "Ces données sont publiées dans « Communes de France ».", null),
				null));

		DataRequest coaches = ask(camille, new RequestInput("Horaires des cars régionaux BreizhGo",
				"Les horaires théoriques des lignes de car, au format GTFS.", "Préparer ses trajets sans voiture.",
				"citizen", region.slug(), "fr:region:53", "TRAN"));
		admin.act(() -> workflow.move(coaches.id(), new StepInput("acknowledged", null, null, null, null,
				"Nous étudions la demande avec notre délégataire.", true), null));

		ask(lucas, new RequestInput("Bornes de recharge des parkings publics",
				"L'emplacement, la puissance et le nombre de points de charge des bornes des parkings publics.",
				"Un calculateur d'itinéraire pour véhicules électriques.", "company", null, null, "TRAN"));

		admin.act(() -> {
			entries.create(new RoadmapEntryInput(ministry.slug(), "Contours des bureaux de vote",
					"Le périmètre géographique de chaque bureau de vote.",
					"Cartographier les résultats et vérifier le découpage électoral.", today.plusMonths(4), null));
			RoadmapEntry schools = entries.create(new RoadmapEntryInput(region.slug(), "Lycées et leurs effectifs",
					"Les lycées publics de la région, leurs formations et leurs effectifs.",
					"Familles et élus comparent l'offre de formation.", today.plusMonths(3), null));
			return entries.move(schools.id(), new StatusChange("in_progress", null, null, null), null);
		});
		RoadmapEntry trees = camille.act(() -> entries.propose(new RoadmapEntryInput(city.slug(),
				"Arbres d'alignement", "L'essence, la hauteur et l'âge de chaque arbre des rues.",
				"Suivre la végétalisation et signaler les arbres malades.", null, null)));
		ines.act(() -> entrySupport.support(trees.id()));
	}

	private DataRequest ask(Viewer requester, RequestInput input) {
		return requester.act(() -> requests.submit(input, true));
	}
}
