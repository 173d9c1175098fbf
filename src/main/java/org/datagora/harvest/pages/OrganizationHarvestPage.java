package org.datagora.harvest.pages;

import java.util.List;
import java.util.Map;

import org.datagora.catalog.Organization;
import org.datagora.harvest.HarvestJob;
import org.datagora.harvest.HarvestSource;
import org.datagora.harvest.protocol.HarvestProtocol;
import org.datagora.web.FormErrors;

/**
 * The harvest sources of an organization, each with its last job, and the form of a new source
 * for its administrators ({@code canCreate}).
 */
public record OrganizationHarvestPage(Organization.Ref organization, List<Row> sources,
		Map<String, String> protocolLabels, boolean canCreate, List<HarvestProtocol> protocols,
		HarvestSourceForm form, FormErrors errors) {

	/** @param lastJob null when the source never ran */
	public record Row(HarvestSource source, HarvestJob lastJob) {
	}

	public String protocolLabel(String code) {
		return protocolLabels.getOrDefault(code, code);
	}
}
