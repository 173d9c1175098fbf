package org.datagora.harvest;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps jobs honest, on every node, every 30 s from start: a running job whose node stopped
 * beating is ended as failed (never left "running"; the next run is correct because unchanged
 * items are found by their hash and records are written with their datasets); a queued job is
 * handed to JobRunr again (harmless: same id); sources whose schedule is due are queued; old jobs
 * beyond the number kept are deleted with their items.
 */
@Component
class HarvestRecovery {

	private static final Logger log = LoggerFactory.getLogger(HarvestRecovery.class);

	private final JdbcClient jdbc;

	private final HarvestJobs jobs;

	private final HarvestProperties properties;

	HarvestRecovery(JdbcClient jdbc, HarvestJobs jobs, HarvestProperties properties) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.properties = properties;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${datagora.harvest.check-every:30s}")
	void check() {
		long staleSeconds = properties.staleAfter().toSeconds();
		int ended = jdbc.sql("""
				update harvest_job set state = 'failed', ended_at = now(),
				    error = 'Interrupted: the node running this job stopped before its end; the next run starts afresh'
				where state = 'running' and heartbeat_at < now() - make_interval(secs => ?)
				""").param(staleSeconds).update();
		if (ended > 0) {
			log.warn("{} harvest job(s) interrupted by a node's stop were ended as failed", ended);
		}
		jdbc.sql("""
				select id from harvest_job where state = 'queued' and queued_at < now() - make_interval(secs => ?)
				""").param(staleSeconds).query(UUID.class).list().forEach(jobs::enqueue);
		List<UUID> due = jdbc.sql("""
				select s.id from harvest_source s
				where s.deleted_at is null and s.validation = 'accepted' and s.schedule is not null
				  and not exists (select 1 from harvest_job j where j.source_id = s.id and not j.preview
				      and j.queued_at > now() - case s.schedule when 'daily' then interval '1 day' else interval '7 days' end)
				""").query(UUID.class).list();
		due.forEach(source -> jobs.queue(source, false));
		jdbc.sql("""
				delete from harvest_job where id in (
				    select id from (select id, state, row_number() over (partition by source_id order by queued_at desc) as n
				                    from harvest_job) ranked
				    where n > ? and state in ('done', 'failed'))
				""").param(properties.keepJobs()).update();
	}
}
