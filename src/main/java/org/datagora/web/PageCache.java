package org.datagora.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

/**
 * Rendered pages for anonymous visitors, who all see the same page. The caller names what the
 * page shows by a {@link Key}: the very object it was built from (compared by identity, so a
 * changed dataset is a new key and an old page can never be served) and the variant (language,
 * path). Signed-in visitors always get a fresh page, with their name and their forms.
 */
@Component
public class PageCache {

	private final TemplateEngine engine;

	private final Cache<Key, byte[]> pages;

	PageCache(TemplateEngine engine, @Value("${datagora.pages.cache-size:64MB}") DataSize size) {
		this.engine = engine;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.<Key, byte[]>weigher((key, page) -> page.length)
			.build();
	}

	/** What a cached page was built from: {@code source} compared by identity, {@code variant} by value. */
	public static final class Key {

		private final Object source;

		private final String variant;

		public Key(Object source, String variant) {
			this.source = source;
			this.variant = variant;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.source == source && key.variant.equals(variant);
		}

		@Override
		public int hashCode() {
			return 31 * System.identityHashCode(source) + variant.hashCode();
		}
	}

	/**
	 * The page for {@code key}, rendered from {@code template} and the model on first use. Pages
	 * are kept gzipped: a quarter of the memory, and browsers take them as they are.
	 */
	public ModelAndView page(Key key, String template, Supplier<Map<String, Object>> model) {
		byte[] page = pages.get(key, any -> gzip(render(template, model.get())));
		return new ModelAndView(new PageViews.GzippedPage(page));
	}

	private byte[] render(String template, Map<String, Object> model) {
		Utf8ByteOutput output = new Utf8ByteOutput();
		engine.render(template + ".jte", model, output);
		return output.toByteArray();
	}

	private static byte[] gzip(byte[] page) {
		var gzipped = new ByteArrayOutputStream(page.length / 3);
		try (var out = new GZIPOutputStream(gzipped)) {
			out.write(page);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot happen in memory", e);
		}
		return gzipped.toByteArray();
	}
}
