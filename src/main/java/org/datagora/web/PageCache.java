package org.datagora.web;

import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Rendered pages for anonymous visitors, who all see the same page. The caller names what the
 * page shows by a {@link Key}: the very object it was built from (compared by identity, so a
 * changed dataset is a new key and an old page can never be served) and the variant (language,
 * path). Signed-in visitors always get a fresh page, with their name and their forms.
 */
@Component
public class PageCache {

	private static final long MAX_BYTES = 64L * 1024 * 1024;

	private final TemplateEngine engine;

	private final Cache<Key, byte[]> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.<Key, byte[]>weigher((key, page) -> page.length)
		.build();

	PageCache(TemplateEngine engine) {
		this.engine = engine;
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

	/** The page for {@code key}, rendered from {@code template} and the model on first use. */
	public ModelAndView page(Key key, String template, Supplier<Map<String, Object>> model) {
		byte[] page = pages.get(key, any -> {
			Utf8ByteOutput output = new Utf8ByteOutput();
			engine.render(template + ".jte", model.get(), output);
			return output.toByteArray();
		});
		return new ModelAndView(new PageViews.BytesWriter(page));
	}
}
