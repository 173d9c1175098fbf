package org.datagora.harvest;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.datagora.harvest.http.HostPacer;
import org.datagora.harvest.http.HttpFetcher;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.HarvestProtocol;
import org.datagora.harvest.protocol.HarvestRequest;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs one harvest job: claims it, walks the source through its protocol into a
 * {@link JobWriter}, then (after a complete walk only) archives what the source no longer lists,
 * and ends the job as done or failed. The job beats while it runs, so that a node's death is
 * noticed ({@link HarvestRecovery}). Public for JobRunr, which calls {@link #run}.
 */
@Component
public class HarvestRunner {

	private static final Logger log = LoggerFactory.getLogger(HarvestRunner.class);

	private final JdbcClient jdbc;

	private final HarvestSources sources;

	private final Protocols protocols;

	private final JobWriter.Factory writers;

	private final HarvestProperties properties;

	private final HostPacer pacer = new HostPacer();

	private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "harvest-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	HarvestRunner(JdbcClient jdbc, HarvestSources sources, Protocols protocols, JobWriter.Factory writers,
			HarvestProperties properties) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.protocols = protocols;
		this.writers = writers;
		this.properties = properties;
	}

	// no retry by JobRunr: a failed harvest is reported as such, and the next run starts afresh
	@Job(name = "Harvest job %0", retries = 0)
	public void run(UUID jobId) {
		boolean claimed = jdbc.sql("""
				update harvest_job set state = 'running', started_at = now(), heartbeat_at = now(), attempts = attempts + 1
				where id = ? and state = 'queued'
				""").param(jobId).update() == 1;
		if (!claimed) {
			return;
		}
		var beat = heartbeats.scheduleAtFixedRate(
				() -> jdbc.sql("update harvest_job set heartbeat_at = now() where id = ? and state = 'running'")
					.param(jobId)
					.update(),
				10, 10, TimeUnit.SECONDS);
		try {
			HarvestJob job = jdbc.sql("select * from harvest_job where id = ?").param(jobId).query(HarvestJobs::job).single();
			HarvestSource source = sources.find(job.sourceId())
				.orElseThrow(() -> new HarvestException("The source was deleted"));
			HarvestProtocol protocol = protocols.find(source.protocol())
				.orElseThrow(() -> new HarvestException("Unknown protocol " + source.protocol()));
			int maxItems = job.preview() ? properties.previewItems() : 0;
			JobWriter writer = writers.open(job, source);
			Instant started = Instant.now();
			protocol.harvest(new HarvestRequest(URI.create(source.url()), source.options(), maxItems),
					new HttpFetcher(properties.limits(), pacer), writer);
			writer.flush();
			if (!job.preview()) {
				writer.archiveGone(started);
			}
			end(jobId, "done", null);
		}
		catch (HarvestException e) {
			end(jobId, "failed", e.getMessage());
		}
		catch (RuntimeException e) {
			log.error("Harvest job {} failed", jobId, e);
			end(jobId, "failed", "Internal error: " + e.getMessage());
		}
		finally {
			beat.cancel(false);
		}
	}

	private void end(UUID jobId, String state, String error) {
		jdbc.sql("update harvest_job set state = ?, error = ?, ended_at = now() where id = ? and state = 'running'")
			.params(state, error, jobId)
			.update();
	}
}
