package org.datagora.harvest.pages;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.datagora.harvest.HarvestJob;
import org.datagora.harvest.HarvestJobs;
import org.datagora.harvest.HarvestSources;
import org.datagora.web.PageController;
import org.datagora.web.PageRequest;
import org.datagora.web.Pager;
import org.datagora.web.ProblemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One job: its state, counts, and items filtered by outcome, page by page. */
@PageController
class HarvestJobPageController {

	private static final int PAGE_SIZE = 50;

	private final HarvestJobs jobs;

	private final HarvestSources sources;

	HarvestJobPageController(HarvestJobs jobs, HarvestSources sources) {
		this.jobs = jobs;
		this.sources = sources;
	}

	@GetMapping("/harvest/jobs/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
		if (outcome != null && !HarvestFacts.OUTCOMES.contains(outcome)) {
			throw ProblemException.invalid("outcome", "unknown value '" + outcome + "'; accepted: "
					+ String.join(", ", HarvestFacts.OUTCOMES));
		}
		HarvestJob job = jobs.get(id);
		PageRequest pageRequest = PageRequest.of(Math.max(page, 1), PAGE_SIZE);
		HarvestJobs.Items items = jobs.items(id, outcome, pageRequest);
		model.addAttribute("page", new HarvestJobPage(job, sources.get(job.sourceId()), items.items(),
				Pager.of(pageRequest, items.total(), request.getRequestURI(), request.getQueryString()), outcome));
		return "harvest/job";
	}
}
