package org.datagora.harvest.protocol;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.regex.Pattern;

import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;

/**
 * Turns the HTML descriptions some catalogs write (OpenDataSoft, DKAN) into plain text: tags and
 * scripts dropped, entities decoded, a blank line between paragraphs and a line per list item, table row or
 * break, so that the text still reads as the publisher laid it out. Uses the JDK's lenient HTML
 * parser: no network, no DTD.
 */
public final class HtmlText {

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

	private static final Set<HTML.Tag> PARAGRAPHS = Set.of(HTML.Tag.P, HTML.Tag.DIV, HTML.Tag.H1, HTML.Tag.H2,
			HTML.Tag.H3, HTML.Tag.H4, HTML.Tag.H5, HTML.Tag.H6, HTML.Tag.UL, HTML.Tag.OL, HTML.Tag.TABLE,
			HTML.Tag.PRE, HTML.Tag.BLOCKQUOTE);

	private static final Set<HTML.Tag> LINES = Set.of(HTML.Tag.LI, HTML.Tag.TR, HTML.Tag.DT, HTML.Tag.DD);

	private HtmlText() {
	}

	/** Whether {@code text} holds HTML tags (a Markdown or plain text description does not). */
	public static boolean looksLikeHtml(String text) {
		return text != null && TAG.matcher(text).find();
	}

	/** The text of an HTML fragment, or null for null or a fragment without text. */
	public static String toText(String html) {
		if (html == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		try {
			new ParserDelegator().parse(new StringReader(html), new Collector(text), true);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String result = text.toString().replaceAll("[ \\t\\u00a0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
		return result.isEmpty() ? null : result;
	}

	private static final class Collector extends HTMLEditorKit.ParserCallback {

		private final StringBuilder text;

		Collector(StringBuilder text) {
			this.text = text;
		}

		@Override
		public void handleText(char[] data, int pos) {
			text.append(data);
		}

		@Override
		public void handleStartTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
			if (PARAGRAPHS.contains(tag)) {
				text.append("\n\n");
			}
			else if (LINES.contains(tag)) {
				text.append('\n');
			}
		}

		@Override
		public void handleEndTag(HTML.Tag tag, int pos) {
			if (PARAGRAPHS.contains(tag)) {
				text.append("\n\n");
			}
		}

		@Override
		public void handleSimpleTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
			if (tag == HTML.Tag.BR) {
				text.append('\n');
			}
		}
	}
}
