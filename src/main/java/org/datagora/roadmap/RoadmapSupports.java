package org.datagora.roadmap;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support for proposals: anyone signed in adds one (+1, one per account) and may withdraw it
 * while the organization has not answered. The count on the entry moves in the transaction that
 * adds or removes the support, under the entry's lock, so that no support is lost or counted twice.
 */
@Service
public class RoadmapSupports {

	/** The count of an entry's supporters after a change, and whether the viewer is one of them. */
	public record Support(int supporters, boolean supported) {
	}

	private final JdbcClient jdbc;

	private final EntryRows rows;

	private final RoadmapClock clock;

	RoadmapSupports(JdbcClient jdbc, EntryRows rows, RoadmapClock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.clock = clock;
	}

	@Transactional
	public Support support(UUID entryId) {
		Viewer viewer = Viewer.current().orElseThrow(ProblemException::unauthorized);
		RoadmapEntry entry = lockProposal(entryId);
		int added = jdbc.sql("""
				insert into roadmap_support (entry_id, account_id, created_at) values (?, ?, ?)
				on conflict (entry_id, account_id) do nothing
				""").params(entryId, viewer.id(), Timestamp.from(clock.now())).update();
		rows.addSupporters(entryId, added);
		return new Support(entry.supporters() + added, true);
	}

	@Transactional
	public Support withdraw(UUID entryId) {
		Viewer viewer = Viewer.current().orElseThrow(ProblemException::unauthorized);
		RoadmapEntry entry = lockProposal(entryId);
		int removed = jdbc.sql("delete from roadmap_support where entry_id = ? and account_id = ?")
			.params(entryId, viewer.id())
			.update();
		rows.addSupporters(entryId, -removed);
		return new Support(entry.supporters() - removed, false);
	}

	/** Which of {@code entryIds} the viewer supports; none for anonymous visitors. */
	public Set<UUID> supportedBy(Viewer viewer, Collection<UUID> entryIds) {
		if (viewer == null || entryIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select entry_id from roadmap_support where account_id = ? and entry_id = any(?)")
			.params(viewer.id(), entryIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	private RoadmapEntry lockProposal(UUID entryId) {
		RoadmapEntry entry = rows.lock(entryId)
			.orElseThrow(() -> ProblemException.notFound("Roadmap entry " + entryId));
		if (entry.status() != RoadmapStatus.PROPOSED) {
			throw ProblemException.conflict("Only proposals are supported: the organization has answered this one ("
					+ entry.status().code() + ")");
		}
		return entry;
	}
}
