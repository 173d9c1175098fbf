package org.datagora.web;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders Markdown written by users: CommonMark, raw HTML shown as text (never interpreted),
 * unsafe link schemes removed, links marked {@code rel="nofollow ugc"}.
 */
@Component
public class Markdown {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.attributeProviderFactory(context -> (node, tagName, attributes) -> {
			if ("a".equals(tagName)) {
				attributes.putAll(Map.of("rel", "nofollow ugc"));
			}
		})
		.build();

	/** Descriptions are read far more often than written: each is rendered once. */
	private final Cache<String, String> rendered = Caffeine.newBuilder().maximumSize(10_000).build();

	/** Safe HTML for {@code markdown}; empty for null. */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return rendered.get(markdown, text -> renderer.render(parser.parse(text)));
	}
}
