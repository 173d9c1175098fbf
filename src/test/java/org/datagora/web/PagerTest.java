package org.datagora.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagerTest {

	@Test
	void showsTheEndsAndTheNeighboursWithGaps() {
		Pager pager = Pager.of(PageRequest.of(7, 20), 400, "/datasets", "tag=velo&page=7");
		assertThat(pager.last()).isEqualTo(20);
		assertThat(pager.pages()).containsExactly(1, 0, 5, 6, 7, 8, 9, 0, 20);
		assertThat(pager.link(8)).isEqualTo("/datasets?tag=velo&page=8");
	}

	@Test
	void oneShortPageNeedsNoPagination() {
		Pager pager = Pager.of(PageRequest.of(1, 20), 3, "/organizations", null);
		assertThat(pager.needed()).isFalse();
		assertThat(pager.pages()).containsExactly(1);
		assertThat(pager.link(2)).isEqualTo("/organizations?page=2");
	}
}
