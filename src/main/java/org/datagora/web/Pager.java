package org.datagora.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pagination of a page list: the current page, the total, and links that keep the filters of
 * the request. {@code pages()} lists the numbers to show, with 0 for a gap.
 */
public record Pager(int page, int pageSize, long total, String path, String query) {

	public static Pager of(PageRequest request, long total, String path, String query) {
		return new Pager(request.page(), request.pageSize(), total, path, query);
	}

	public int last() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean needed() {
		return last() > 1;
	}

	public String link(int target) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("page", target).build().toUriString();
	}

	public List<Integer> pages() {
		List<Integer> numbers = new ArrayList<>();
		int last = last();
		for (int n = 1; n <= last; n++) {
			if (n == 1 || n == last || Math.abs(n - page) <= 2) {
				numbers.add(n);
			}
			else if (numbers.get(numbers.size() - 1) != 0) {
				numbers.add(0);
			}
		}
		return numbers;
	}
}
