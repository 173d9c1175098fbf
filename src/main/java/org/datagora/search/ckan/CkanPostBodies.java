package org.datagora.search.ckan;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * CKAN clients (ckanapi among them) POST the parameters of an action as a JSON object: its
 * fields are read as the request's parameters, lists and objects as JSON text (as
 * {@code facet.field} is written in a query string), so each action reads GET and POST alike.
 */
@Component
class CkanPostBodies extends OncePerRequestFilter {

	// the parameters of a read action are short; a larger body is no CKAN call
	private static final int MAX_BODY = 64 * 1024;

	private final ObjectMapper json;

	CkanPostBodies(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/3/action/")
				|| request.getContentType() == null
				|| !MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
		try {
			JsonNode fields = body.length == 0 ? json.createObjectNode() : json.readTree(body);
			if (body.length > MAX_BODY || !fields.isObject()) {
				throw new IllegalArgumentException("not a small JSON object");
			}
			fields.properties().forEach(field -> parameters.put(field.getKey(), new String[] {
					field.getValue().isValueNode() ? field.getValue().asString() : field.getValue().toString() }));
		}
		catch (JacksonException | IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(), Map.of("success", false, "error",
					Map.of("__type", "Bad request", "message", "Bad request - JSON Error: the body must be a JSON object")));
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String name) {
				String[] values = parameters.get(name);
				return values == null ? null : values[0];
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Collections.unmodifiableMap(parameters);
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.enumeration(parameters.keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				return parameters.get(name);
			}
		}, response);
	}
}
