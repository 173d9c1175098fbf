package org.datagora.harvest.pages;

import java.util.List;

import org.datagora.catalog.Organization;
import org.datagora.harvest.HarvestSource;

/**
 * The sources waiting for a site administrator, oldest first, with their organization;
 * {@code notice} says what the last decision was, or is null.
 */
public record HarvestAdminPage(List<Pending> sources, String notice) {

	/** @param organization null if the organization was deleted meanwhile */
	public record Pending(HarvestSource source, Organization.Ref organization, String protocolLabel) {
	}
}
