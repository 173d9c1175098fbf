package org.datagora.harvest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.datagora.identity.Viewer;
import org.datagora.web.PageRequest;
import org.datagora.web.ProblemException;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Harvest jobs: queued here, run by JobRunr on whichever node takes them (the job's id is the
 * JobRunr job's id, so queueing again is harmless), one at a time per source.
 */
@Service
public class HarvestJobs {

	private final JdbcClient jdbc;

	private final HarvestSources sources;

	private final JobScheduler scheduler;

	HarvestJobs(JdbcClient jdbc, HarvestSources sources, JobScheduler scheduler) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.scheduler = scheduler;
	}

	/**
	 * Queues a harvest (or a preview) of the source now. A harvest needs an accepted source; a
	 * preview does not, so that a site administrator can look before accepting.
	 */
	public HarvestJob start(UUID sourceId, boolean preview) {
		HarvestSource source = sources.get(sourceId);
		if (!sources.canManage(Viewer.current().orElse(null), source.organizationId(), false)) {
			throw ProblemException.forbidden("Only members of the organization run its harvest sources");
		}
		if (!preview && !source.accepted()) {
			throw ProblemException.conflict("This source is " + source.validation()
					+ ": a site administrator must accept it before it runs (a preview is possible)");
		}
		return queue(source.id(), preview).orElseThrow(() -> ProblemException.conflict(
				"A " + (preview ? "preview" : "harvest") + " of this source is already queued or running"));
	}

	/** Queues a job unless one is already queued or running for the source. */
	java.util.Optional<HarvestJob> queue(UUID sourceId, boolean preview) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("insert into harvest_job (id, source_id, preview) values (?, ?, ?)")
				.params(id, sourceId, preview)
				.update();
		}
		catch (DuplicateKeyException e) {
			return java.util.Optional.empty();
		}
		enqueue(id);
		return java.util.Optional.of(get(id));
	}

	void enqueue(UUID jobId) {
		scheduler.<HarvestRunner>enqueue(jobId, runner -> runner.run(jobId));
	}

	public HarvestJob get(UUID id) {
		HarvestJob job = jdbc.sql("select * from harvest_job where id = ?")
			.param(id)
			.query(HarvestJobs::job)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("Harvest job " + id));
		sources.get(job.sourceId());
		return job;
	}

	/** Jobs of a source, newest first. */
	public List<HarvestJob> ofSource(UUID sourceId, int limit) {
		sources.get(sourceId);
		return jdbc.sql("select * from harvest_job where source_id = ? order by queued_at desc limit ?")
			.params(sourceId, limit)
			.query(HarvestJobs::job)
			.list();
	}

	/** The latest job of each of these sources (visible ones, as listed), in one query. */
	public java.util.Map<UUID, HarvestJob> latest(List<UUID> sourceIds) {
		java.util.Map<UUID, HarvestJob> latest = new java.util.HashMap<>();
		jdbc.sql("select distinct on (source_id) * from harvest_job where source_id = any(?)"
				+ " order by source_id, queued_at desc")
			.param(sourceIds.toArray(UUID[]::new))
			.query(HarvestJobs::job)
			.list()
			.forEach(job -> latest.put(job.sourceId(), job));
		return latest;
	}

	public record Items(List<HarvestItem> items, long total) {
	}

	/** Items of a job, optionally of one outcome, in the order they were read. */
	public Items items(UUID jobId, String outcome, PageRequest page) {
		get(jobId);
		String where = " from harvest_item where job_id = ? and (cast(? as text) is null or outcome = ?)";
		long total = jdbc.sql("select count(*)" + where).params(jobId, outcome, outcome).query(Long.class).single();
		List<HarvestItem> items = jdbc.sql("select *" + where + " order by id limit ? offset ?")
			.params(jobId, outcome, outcome, page.pageSize(), (long) (page.page() - 1) * page.pageSize())
			.query((rs, n) -> new HarvestItem(rs.getLong("id"), rs.getString("remote_id"),
					rs.getObject("dataset_id", UUID.class), rs.getString("title"), rs.getString("outcome"),
					rs.getString("message")))
			.list();
		return new Items(items, total);
	}

	static HarvestJob job(ResultSet rs, int n) throws SQLException {
		return new HarvestJob(rs.getObject("id", UUID.class), rs.getObject("source_id", UUID.class),
				rs.getBoolean("preview"), rs.getString("state"), rs.getString("error"),
				HarvestSources.instant(rs, "queued_at"), HarvestSources.instant(rs, "started_at"),
				HarvestSources.instant(rs, "ended_at"), rs.getInt("items"), rs.getInt("created"), rs.getInt("updated"),
				rs.getInt("unchanged"), rs.getInt("archived"), rs.getInt("skipped"), rs.getInt("failed"));
	}
}
