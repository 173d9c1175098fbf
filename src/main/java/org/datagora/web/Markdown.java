package org.datagora.web;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
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

	private final TextContentRenderer text = TextContentRenderer.builder()
		.lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
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

	/**
	 * The text of {@code markdown} without its markup, for places that take no HTML (structured
	 * data, feeds): at most {@code maxLength} characters, cut after a word with an ellipsis.
	 * Links keep their address in parentheses. Empty for null.
	 */
	public String toText(String markdown, int maxLength) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String plain = text.render(parser.parse(markdown)).strip();
		if (plain.length() <= maxLength) {
			return plain;
		}
		int cut = maxLength - 1;
		while (cut > maxLength / 2 && !Character.isWhitespace(plain.charAt(cut))) {
			cut--;
		}
		if (!Character.isWhitespace(plain.charAt(cut))) {
			// one very long word: cut inside it, but not inside a character
			cut = Character.isLowSurrogate(plain.charAt(maxLength - 1)) ? maxLength - 2 : maxLength - 1;
		}
		return plain.substring(0, cut).stripTrailing() + "…";
	}
}
