package org.datagora.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into UTF-8 bytes (the static parts of precompiled templates are already
 * encoded) and sent in one write with their length, rather than character by character through
 * the servlet writer: the page is the most read thing on the portal.
 */
@Configuration(proxyBeanMethods = false)
class PageViews {

	static final String CONTENT_TYPE = "text/html;charset=UTF-8";

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
		return new JteViewResolver(engine, properties) {

			@Override
			protected AbstractUrlBasedView instantiateView() {
				return new BytesView(engine);
			}
		};
	}

	static final class BytesView extends AbstractTemplateView {

		private final TemplateEngine engine;

		BytesView(TemplateEngine engine) {
			this.engine = engine;
			setContentType(CONTENT_TYPE);
		}

		@Override
		public boolean checkResource(Locale locale) {
			return engine.hasTemplate(getUrl());
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			Utf8ByteOutput output = new Utf8ByteOutput();
			engine.render(getUrl(), model, output);
			write(output.toByteArray(), response);
		}
	}

	/**
	 * A page already rendered and kept gzipped (see {@link PageCache}): sent as it is to clients
	 * that accept gzip (every browser), inflated for the others.
	 */
	record GzippedPage(byte[] gzipped) implements View {

		@Override
		public String getContentType() {
			return CONTENT_TYPE;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			if (accepted != null && accepted.contains("gzip")) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				write(gzipped, response);
			}
			else {
				try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
					write(in.readAllBytes(), response);
				}
			}
		}
	}

	private static void write(byte[] page, HttpServletResponse response) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setContentLength(page.length);
		// one write: each write through Spring Security's response wrapper has a cost of its own
		response.getOutputStream().write(page);
	}
}
