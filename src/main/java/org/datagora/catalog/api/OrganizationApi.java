package org.datagora.catalog.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.catalog.Organization;
import org.datagora.catalog.OrganizationInput;
import org.datagora.catalog.OrganizationMembers;
import org.datagora.catalog.Organizations;
import org.datagora.identity.Memberships;
import org.datagora.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organizations")
class OrganizationApi {

	private final Organizations organizations;

	private final OrganizationMembers members;

	OrganizationApi(Organizations organizations, OrganizationMembers members) {
		this.organizations = organizations;
		this.members = members;
	}

	@PostMapping("/api/1/organizations")
	@Operation(summary = "Create an organization; its creator becomes its admin")
	ResponseEntity<Organization> create(@RequestBody OrganizationInput input) {
		Organization organization = organizations.create(input);
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(ETags.of(organization.version()))
			.header(HttpHeaders.LOCATION, "/api/1/organizations/" + organization.id() + "/")
			.body(organization);
	}

	@GetMapping("/api/1/organizations/{id}")
	@Operation(summary = "One organization by id or slug")
	ResponseEntity<Organization> get(@PathVariable String id) {
		Organization organization = organizations.get(id);
		return ResponseEntity.ok().eTag(ETags.of(organization.version())).body(organization);
	}

	@PutMapping("/api/1/organizations/{id}")
	@Operation(summary = "Change the given fields of an organization (its admins only)")
	ResponseEntity<Organization> update(@PathVariable String id, @RequestBody OrganizationInput input,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Organization organization = organizations.update(id, input, ETags.expectedVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(organization.version())).body(organization);
	}

	@DeleteMapping("/api/1/organizations/{id}")
	@Operation(summary = "Delete an organization that publishes no dataset any more")
	ResponseEntity<Void> delete(@PathVariable String id) {
		organizations.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/1/organizations/{id}/members")
	@Operation(summary = "Members of an organization and their roles (visible to its members)")
	List<Memberships.Member> members(@PathVariable String id) {
		return members.list(id);
	}

	/** A member to add, by e-mail or account id, with a role: admin or editor. */
	record MemberInput(String email, UUID accountId, String role) {
	}

	@PostMapping("/api/1/organizations/{id}/members")
	@Operation(summary = "Add a member (organization admins only)")
	ResponseEntity<List<Memberships.Member>> addMember(@PathVariable String id, @RequestBody MemberInput input) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(members.put(id, input.email(), input.accountId(), input.role()));
	}

	record RoleInput(String role) {
	}

	@PutMapping("/api/1/organizations/{id}/members/{account}")
	@Operation(summary = "Change the role of a member (organization admins only)")
	List<Memberships.Member> changeRole(@PathVariable String id, @PathVariable UUID account,
			@RequestBody RoleInput input) {
		return members.put(id, null, account, input.role());
	}

	@DeleteMapping("/api/1/organizations/{id}/members/{account}")
	@Operation(summary = "Remove a member; the last admin cannot be removed")
	ResponseEntity<Void> removeMember(@PathVariable String id, @PathVariable UUID account) {
		members.remove(id, account);
		return ResponseEntity.noContent().build();
	}
}
