package org.datagora.bench;

import java.nio.file.Path;
import java.util.UUID;

import org.datagora.catalog.OrganizationInput;
import org.datagora.catalog.Organizations;
import org.datagora.harvest.HarvestJob;
import org.datagora.harvest.HarvestJobs;
import org.datagora.harvest.HarvestSourceInput;
import org.datagora.harvest.HarvestSources;
import org.datagora.identity.Accounts;
import org.datagora.identity.Viewer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Harvests one source end to end in a data directory, twice: the first harvest (fetched,
 * mapped, stored, and indexed: the rate counts until the search index has caught up) and a
 * re-harvest with nothing changed. Prints both rates and the heap used. Run by bench/harvest.sh
 * against {@link SyntheticSources}; not a test.
 *
 * Arguments: data directory, protocol code, source URL.
 */
public final class HarvestBench {

	public static void main(String[] args) throws InterruptedException {
		Path dataDirectory = Path.of(args[0]);
		String protocol = args[1];
		String url = args[2];
		try (ConfigurableApplicationContext context = BulkLoadBench.portal(dataDirectory,
				"--datagora.harvest.allowed-addresses=127.0.0.1", "--datagora.harvest.host-interval=0ms")) {
			Viewer admin = context.getBean(Accounts.class)
				.ensureSiteAdmin("bench@example.org", "Bench", "a long benchmark password");
			HarvestSources sources = context.getBean(HarvestSources.class);
			HarvestJobs jobs = context.getBean(HarvestJobs.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			UUID source = admin.act(() -> {
				String organization = context.getBean(Organizations.class)
					.create(new OrganizationInput("Source " + protocol + " " + UUID.randomUUID(), null, null, null,
							null, null, "local-authority", null, null))
					.id()
					.toString();
				return sources.create(new HarvestSourceInput(organization, "Synthétique " + protocol, url, protocol,
						null, null, 7))
					.id();
			});
			for (String round : new String[] { "first harvest", "re-harvest, nothing changed" }) {
				long start = System.nanoTime();
				UUID id = admin.act(() -> jobs.start(source, false)).id();
				HarvestJob job = admin.act(() -> jobs.get(id));
				while (!job.finished()) {
					Thread.sleep(100);
					job = admin.act(() -> jobs.get(id));
				}
				double jobSeconds = (System.nanoTime() - start) / 1e9;
				while (jdbc.sql("select count(*) from event_publication where completion_date is null")
					.query(Long.class)
					.single() > 0) {
					Thread.sleep(100);
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				Runtime runtime = Runtime.getRuntime();
				System.out.printf(
						"%s: %s, %d items (%d created, %d updated, %d unchanged, %d failed) in %.1f s = %.0f datasets/s"
								+ " (job %.1f s, index caught up %.1f s later); heap %d MiB used of %d MiB max%s%n",
						round, job.state(), job.items(), job.created(), job.updated(), job.unchanged(), job.failed(),
						seconds, job.items() / seconds, jobSeconds, seconds - jobSeconds,
						(runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20,
						job.error() == null ? "" : "; error: " + job.error());
			}
		}
	}
}
