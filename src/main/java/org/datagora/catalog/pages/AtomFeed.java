package org.datagora.catalog.pages;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.Theme;
import org.datagora.web.Markdown;
import org.springframework.stereotype.Component;

/** Writes datasets as an Atom feed (RFC 4287), one entry each, with StAX. */
@Component
class AtomFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String THEMES = "http://publications.europa.eu/resource/authority/data-theme/";

	/** A summary is a teaser: the page has the rest. */
	private static final int SUMMARY_MAX = 300;

	// the JDK's own writer, whichever StAX implementation a library brings
	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

	private final PublicUrls urls;

	private final Markdown markdown;

	AtomFeed(PublicUrls urls, Markdown markdown) {
		this.urls = urls;
		this.markdown = markdown;
	}

	/**
	 * What is said of the feed itself. {@code path} is its address on the portal, which also
	 * names it; {@code author} answers for entries without one; {@code since} dates an empty feed.
	 */
	record Head(String path, String title, String alternate, String author, Instant since) {
	}

	byte[] write(Head head, List<Dataset> datasets, Locale locale) {
		var out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", locale.getLanguage());
			text(xml, "id", urls.of(head.path()));
			text(xml, "title", head.title());
			text(xml, "updated", datasets.stream()
				.map(Dataset::lastModified)
				.max(Instant::compareTo)
				.orElse(head.since())
				.toString());
			link(xml, "self", "application/atom+xml", urls.of(DatasetFeedsController.link(head.path(), locale)));
			link(xml, "alternate", "text/html", urls.of(head.alternate()));
			xml.writeStartElement(ATOM, "author");
			text(xml, "name", head.author());
			xml.writeEndElement();
			text(xml, "generator", PublicUrls.PORTAL);
			for (Dataset dataset : datasets) {
				entry(xml, dataset, locale);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Cannot happen in memory", e);
		}
		return out.toByteArray();
	}

	private void entry(XMLStreamWriter xml, Dataset dataset, Locale locale) throws XMLStreamException {
		xml.writeStartElement(ATOM, "entry");
		// the dataset's id, not its address: a new slug is the same entry
		text(xml, "id", "urn:uuid:" + dataset.id());
		text(xml, "title", dataset.title());
		text(xml, "updated", dataset.lastModified().toString());
		text(xml, "published", dataset.createdAt().toString());
		link(xml, "alternate", "text/html", urls.dataset(dataset.slug()));
		String summary = markdown.toText(dataset.description(), SUMMARY_MAX);
		if (!summary.isEmpty()) {
			xml.writeStartElement(ATOM, "summary");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(xmlChars(summary));
			xml.writeEndElement();
		}
		if (dataset.organization() != null) {
			xml.writeStartElement(ATOM, "author");
			text(xml, "name", dataset.organization().name());
			text(xml, "uri", urls.organization(dataset.organization().slug()));
			xml.writeEndElement();
		}
		for (Theme theme : dataset.themes()) {
			xml.writeEmptyElement(ATOM, "category");
			xml.writeAttribute("term", theme.code());
			xml.writeAttribute("scheme", THEMES);
			xml.writeAttribute("label", theme.label(locale));
		}
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(ATOM, element);
		xml.writeCharacters(xmlChars(value));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/**
	 * Text without the characters XML 1.0 cannot carry (control characters a harvested title may
	 * hold): the writer would put them in as they are and no reader could parse the feed.
	 */
	private static String xmlChars(String text) {
		return text.codePoints()
			.filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}
}
