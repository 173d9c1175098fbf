package org.datagora.identity.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.datagora.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes a problem+json body from a security filter, where no controller advice runs. */
@Component
class ProblemWriter {

	private final ObjectMapper json;

	ProblemWriter(ObjectMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, int status, String detail) throws IOException {
		ProblemDetail body = Problems.of(HttpStatus.valueOf(status), detail, List.of()).getBody();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}
}
