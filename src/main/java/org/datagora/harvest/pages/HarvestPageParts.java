package org.datagora.harvest.pages;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.datagora.catalog.Organization;
import org.datagora.catalog.Organizations;
import org.datagora.harvest.Protocols;
import org.datagora.harvest.protocol.HarvestProtocol;
import org.datagora.identity.Viewer;
import org.springframework.stereotype.Component;

/** What several harvest pages look up: organizations of sources, protocol names, the viewer. */
@Component
class HarvestPageParts {

	private final Organizations organizations;

	private final Protocols protocols;

	HarvestPageParts(Organizations organizations, Protocols protocols) {
		this.organizations = organizations;
		this.protocols = protocols;
	}

	List<HarvestProtocol> protocols() {
		return protocols.all();
	}

	/** Protocol names by code; a source of a protocol no longer installed shows its code. */
	Map<String, String> protocolLabels() {
		return protocols.all().stream().collect(Collectors.toMap(HarvestProtocol::code, HarvestProtocol::label));
	}

	String protocolLabel(String code) {
		return protocolLabels().getOrDefault(code, code);
	}

	Organization.Ref organization(UUID id) {
		return organizations.get(id.toString()).ref();
	}

	Map<UUID, Organization> organizations(Collection<UUID> ids) {
		return organizations.findAll(ids);
	}

	static Viewer viewer() {
		return Viewer.current().orElse(null);
	}
}
