package org.datagora.requests;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.datagora.ApiClient;
import org.datagora.PortalTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What the request tests share: organizations with their members, requests asked and moved through the API. */
abstract class RequestTestBase extends PortalTest {

	/** An organization with its first administrator. */
	record Holder(String id, String slug, String name, ApiClient admin) {
	}

	Holder holder(String name) {
		ApiClient admin = newUser("Agent");
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
		JsonNode organization = admin.post("/api/1/organizations", organization(unique)).json();
		return new Holder(organization.get("id").asString(), organization.get("slug").asString(), unique, admin);
	}

	/** Makes a new account a member (editor) of the organization, as a client with its token. */
	ApiClient member(Holder holder, String name) {
		ApiClient member = newUser(name);
		String email = member.get("/api/1/me").json().get("email").asString();
		assertThat(holder.admin().post("/api/1/organizations/" + holder.id() + "/members",
				Map.of("email", email, "role", "editor")).status()).isEqualTo(201);
		return member;
	}

	/** A request body; {@code organization} may be null ("I don't know"). */
	static Map<String, Object> request(String title, String organization) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("description", "Les données **complètes**, par jour, depuis 2020.");
		body.put("use_case", "Une application pour les usagers.");
		body.put("requester_type", "citizen");
		if (organization != null) {
			body.put("organization", organization);
		}
		return body;
	}

	/** Asks, confirming it is not a duplicate, and answers the new request. */
	static JsonNode ask(ApiClient requester, Map<String, Object> body) {
		ApiClient.Response created = requester.post("/api/1/requests?confirm_not_duplicate=true", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json();
	}

	static ApiClient.Response move(ApiClient actor, String id, Map<String, Object> step) {
		return actor.post("/api/1/requests/" + id + "/events", step);
	}

	static ApiClient.Response move(ApiClient actor, String id, Map<String, Object> step, int version) {
		return actor.post("/api/1/requests/" + id + "/events", step, "If-Match", "\"" + version + "\"");
	}

	/** Words no other test uses, so that a search finds this test's requests only. */
	static String word() {
		StringBuilder word = new StringBuilder("zq");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			// letters only: digits become g to p
			word.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
		}
		return word.toString();
	}
}
