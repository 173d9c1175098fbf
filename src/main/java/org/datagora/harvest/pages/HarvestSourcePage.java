package org.datagora.harvest.pages;

import java.util.List;

import org.datagora.catalog.Organization;
import org.datagora.harvest.HarvestJob;
import org.datagora.harvest.HarvestSource;
import org.datagora.harvest.protocol.HarvestProtocol;
import org.datagora.web.FormErrors;

/**
 * A harvest source with its latest jobs; members run and preview it ({@code canRun}),
 * administrators of its organization also edit and delete it ({@code canAdmin}). {@code runProblem}
 * says why a run or preview just asked for did not start.
 */
public record HarvestSourcePage(HarvestSource source, Organization.Ref organization, String protocolLabel,
		List<HarvestJob> jobs, boolean canRun, boolean canAdmin, List<HarvestProtocol> protocols,
		HarvestSourceForm form, FormErrors errors, String runProblem) {
}
