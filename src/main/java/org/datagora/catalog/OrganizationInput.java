package org.datagora.catalog;

import java.util.List;

/** Fields of an organization to create or change; on update, a null field is left as it is. */
public record OrganizationInput(String name, String slug, String acronym, String description, String logoUrl,
		String website, String type, String siret, List<String> badges) {
}
