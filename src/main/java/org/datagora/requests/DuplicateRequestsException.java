package org.datagora.requests;

import java.util.List;

import org.datagora.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A new request whose title is close to existing ones: they are shown to the requester, who sends
 * it again confirming it is not one of them.
 */
public class DuplicateRequestsException extends ProblemException {

	private final transient List<DataRequest> candidates;

	DuplicateRequestsException(List<DataRequest> candidates) {
		super(HttpStatus.CONFLICT, "Similar requests exist: check that yours is not one of them (see candidates), "
				+ "then send it again with confirm_not_duplicate=true", List.of());
		this.candidates = List.copyOf(candidates);
	}

	public List<DataRequest> candidates() {
		return candidates;
	}
}
