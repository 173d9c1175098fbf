package org.datagora.harvest;

import java.util.ArrayList;
import java.util.List;

import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.RemoteDataset;

/** Keeps what a protocol read, for tests of one protocol without the rest of the harvester. */
public final class CollectingSink implements HarvestSink {

	public record Failure(String remoteId, String reason) {
	}

	public final List<RemoteDataset> datasets = new ArrayList<>();

	public final List<Failure> failures = new ArrayList<>();

	@Override
	public void accept(RemoteDataset dataset) {
		datasets.add(dataset);
	}

	@Override
	public void failed(String remoteId, String reason) {
		failures.add(new Failure(remoteId, reason));
	}

	public RemoteDataset byId(String remoteId) {
		return datasets.stream()
			.filter(dataset -> remoteId.equals(dataset.remoteId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no dataset " + remoteId + " among " + datasets.stream()
				.map(RemoteDataset::remoteId)
				.toList()));
	}
}
