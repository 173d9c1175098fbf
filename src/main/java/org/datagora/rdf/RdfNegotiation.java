package org.datagora.rdf;

import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content negotiation on the addresses people and machines share: a dataset's page, the catalog
 * and an organization's catalog. A client that prefers an RDF type to HTML in its {@code Accept}
 * is sent to the address with the extension (303 See Other: {@code /datasets/x} with
 * {@code Accept: text/turtle} to {@code /datasets/x.ttl}); a browser gets the page.
 */
@Component
class RdfNegotiation extends OncePerRequestFilter {

	private static final Pattern NEGOTIATED = Pattern
		.compile("^(/datasets/[^/.]+|/catalog|/organizations/[^/.]+/catalog)$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| !NEGOTIATED.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// caches must keep the page and the RDF apart
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		Optional<RdfFormat> format = RdfFormat
			.preferred(String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT))));
		if (format.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		// 303 See Other, as linked data does: the document about the thing is at its own address
		String query = request.getQueryString();
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader(HttpHeaders.LOCATION, request.getRequestURI() + "." + format.get().extension()
				+ (query == null ? "" : "?" + query));
	}
}
