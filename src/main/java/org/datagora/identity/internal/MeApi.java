package org.datagora.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.identity.ApiTokens;
import org.datagora.identity.Memberships;
import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account and its API tokens. */
@RestController
@Tag(name = "Me")
class MeApi {

	private final ApiTokens tokens;

	private final Memberships memberships;

	MeApi(ApiTokens tokens, Memberships memberships) {
		this.tokens = tokens;
		this.memberships = memberships;
	}

	record Me(UUID id, String email, String displayName, boolean siteAdmin,
			List<Memberships.OrganizationRole> organizations) {
	}

	@GetMapping("/api/1/me")
	@Operation(summary = "The account behind the API key, with its organizations")
	Me me() {
		Viewer viewer = signedIn();
		return new Me(viewer.id(), viewer.email(), viewer.displayName(), viewer.siteAdmin(),
				memberships.organizationsOf(viewer.id()));
	}

	@GetMapping("/api/1/me/tokens")
	@Operation(summary = "The API tokens of the account (never their secret)")
	List<ApiTokens.TokenInfo> list() {
		return tokens.list(signedIn().id());
	}

	record TokenRequest(String name, Instant expiresAt) {
	}

	@PostMapping("/api/1/me/tokens")
	@Operation(summary = "Create a token; its secret is in this answer only")
	ResponseEntity<ApiTokens.IssuedToken> issue(@RequestBody TokenRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(tokens.issue(signedIn().id(), request.name(), request.expiresAt()));
	}

	@DeleteMapping("/api/1/me/tokens/{id}")
	@Operation(summary = "Revoke a token")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		tokens.revoke(signedIn().id(), id);
		return ResponseEntity.noContent().build();
	}

	private static Viewer signedIn() {
		return Viewer.current().orElseThrow(ProblemException::unauthorized);
	}
}
