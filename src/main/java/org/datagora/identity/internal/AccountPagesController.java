package org.datagora.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.identity.ApiTokens;
import org.datagora.identity.Viewer;
import org.datagora.web.FormErrors;
import org.datagora.web.ProblemException;
import org.datagora.web.PageController;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The account overview and its API tokens: list, create (secret shown once), revoke. */
@PageController
class AccountPagesController {

	private final ApiTokens tokens;

	AccountPagesController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String account(@RequestParam(required = false) String welcome, Model model) {
		Viewer viewer = viewer();
		Instant now = Instant.now();
		int active = (int) tokens.list(viewer.id()).stream().filter(token -> token.active(now)).count();
		model.addAttribute("page", new AccountPage(viewer, active, welcome != null));
		return "identity/account";
	}

	@GetMapping("/account/tokens")
	String list(Model model) {
		return tokensPage(model, "", FormErrors.none());
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(defaultValue = "") String name, HttpServletResponse response, Model model) {
		try {
			ApiTokens.IssuedToken issued = tokens.issue(viewer().id(), name, null);
			// the secret is on this page only: no cache may keep it
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("page", new TokenCreatedPage(issued));
			return "identity/tokenCreated";
		}
		catch (ProblemException problem) {
			return tokensPage(model, name, FormErrors.forForm(problem, response));
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		tokens.revoke(viewer().id(), id);
		return "redirect:/account/tokens";
	}

	private String tokensPage(Model model, String name, FormErrors errors) {
		model.addAttribute("page", new TokensPage(tokens.list(viewer().id()), name, errors, Instant.now()));
		return "identity/tokens";
	}

	private static Viewer viewer() {
		return Viewer.current().orElseThrow(ProblemException::unauthorized);
	}
}
