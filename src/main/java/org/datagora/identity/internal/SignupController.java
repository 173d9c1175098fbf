package org.datagora.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datagora.identity.Accounts;
import org.datagora.identity.Viewer;
import org.datagora.web.FormErrors;
import org.datagora.web.ProblemException;
import org.datagora.web.PageController;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page (Spring Security handles its POST) and sign-up, which signs the new account in
 * at once (new session id, context saved in the session) and goes to the account page.
 */
@PageController
class SignupController {

	private final Accounts accounts;

	private final AccountDetailsService details;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

	SignupController(Accounts accounts, AccountDetailsService details) {
		this.accounts = accounts;
		this.details = details;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			Model model) {
		model.addAttribute("page", new LoginPage(error != null, logout != null));
		return "identity/login";
	}

	@GetMapping("/signup")
	String signupForm(Model model) {
		model.addAttribute("page", new SignupPage(SignupForm.empty(), FormErrors.none(), Accounts.MIN_PASSWORD_LENGTH));
		return "identity/signup";
	}

	@PostMapping("/signup")
	String signup(SignupForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
		Viewer viewer;
		try {
			viewer = accounts.signUp(form.email(), form.displayName(), form.password());
		}
		catch (ProblemException problem) {
			model.addAttribute("page",
					new SignupPage(form, FormErrors.forForm(problem, response), Accounts.MIN_PASSWORD_LENGTH));
			return "identity/signup";
		}
		signIn(viewer, request, response);
		return "redirect:/account?welcome";
	}

	private void signIn(Viewer viewer, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = details.loadUserByUsername(viewer.email());
		if (user instanceof AccountPrincipal principal) {
			principal.eraseCredentials();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			// no session fixation: the signed-in session gets a new id
			request.changeSessionId();
		}
		contexts.saveContext(context, request, response);
		// and a new CSRF token, as after a login through the form
		csrfTokens.saveToken(null, request, response);
	}
}
