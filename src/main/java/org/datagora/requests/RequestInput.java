package org.datagora.requests;

/**
 * A new request as the API and the form send it.
 *
 * @param description what data is wanted (Markdown)
 * @param useCase why: what it would be used for (Markdown)
 * @param requesterType citizen, company, association, researcher, journalist or public-body
 * @param organization id or slug of the organization holding the data; empty when unknown
 * @param zone a geo zone, optional: its id, or its INSEE code or name when they name one zone
 * @param theme a theme code, optional
 */
public record RequestInput(String title, String description, String useCase, String requesterType,
		String organization, String zone, String theme) {
}
