package org.datagora.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

	private final Markdown markdown = new Markdown();

	@Test
	void rendersCommonMarkAndNeverInterpretsRawHtml() {
		String html = markdown.toHtml("Les **arbres** <script>alert(1)</script> <img src=x onerror=alert(2)>");
		assertThat(html).contains("<strong>arbres</strong>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script")
			.doesNotContain("<img");
	}

	@Test
	void linksAreNofollowAndUnsafeSchemesAreDropped() {
		assertThat(markdown.toHtml("[site](https://example.org)"))
			.contains("<a rel=\"nofollow ugc\" href=\"https://example.org\">site</a>");
		assertThat(markdown.toHtml("[clic](javascript:alert(1))")).doesNotContain("javascript:");
		assertThat(markdown.toHtml(null)).isEmpty();
	}

	@Test
	void plainTextDropsTheMarkupAndIsCutAfterAWord() {
		assertThat(markdown.toText("# Vélos\n\nLes **arceaux** de *Nantes*.", 100))
			.isEqualTo("Vélos\n\nLes arceaux de Nantes.");
		assertThat(markdown.toText("un deux trois quatre", 12)).isEqualTo("un deux…");
		assertThat(markdown.toText("a".repeat(30), 10)).isEqualTo("a".repeat(9) + "…");
		// never half of a character outside the Basic Multilingual Plane
		assertThat(markdown.toText("😀".repeat(10), 10)).isEqualTo("😀".repeat(4) + "…");
		assertThat(markdown.toText(null, 10)).isEmpty();
	}
}
