package org.datagora.harvest;

import java.util.List;
import java.util.Optional;

import org.datagora.harvest.protocol.HarvestProtocol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The protocols this portal can harvest: every {@link HarvestProtocol} bean (public for the pages' select). */
@Component
public class Protocols {

	private final List<HarvestProtocol> all;

	Protocols(ObjectProvider<HarvestProtocol> all) {
		this.all = all.orderedStream().toList();
	}

	Optional<HarvestProtocol> find(String code) {
		return all.stream().filter(protocol -> protocol.code().equals(code)).findFirst();
	}

	List<String> codes() {
		return all.stream().map(HarvestProtocol::code).sorted().toList();
	}

	public List<HarvestProtocol> all() {
		return all;
	}
}
