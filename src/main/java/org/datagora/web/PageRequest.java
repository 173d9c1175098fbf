package org.datagora.web;

import java.util.List;

/**
 * A page of a list, 1-based, with the page size bounded so that no request can ask for the
 * whole catalog at once.
 */
public record PageRequest(int page, int pageSize) {

	public static final int MAX_PAGE_SIZE = 100;

	public static PageRequest of(Integer page, Integer pageSize) {
		int p = page == null ? 1 : page;
		int size = pageSize == null ? 20 : pageSize;
		if (p < 1) {
			throw ProblemException.invalid(List.of(new FieldProblem("page", "must be 1 or more")));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw ProblemException
				.invalid(List.of(new FieldProblem("page_size", "must be between 1 and " + MAX_PAGE_SIZE)));
		}
		return new PageRequest(p, size);
	}

	public long offset() {
		return (long) (page - 1) * pageSize;
	}
}
