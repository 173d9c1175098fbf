package org.datagora.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.datagora.DatagoraApplication;
import org.datagora.catalog.OrganizationInput;
import org.datagora.catalog.Organizations;
import org.datagora.harvest.TestSource.Answer;
import org.datagora.identity.Accounts;
import org.datagora.identity.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.ObjectMapper;

/**
 * A portal stopped in the middle of a harvest (its source stuck on the second page) and started
 * again on the same data: the job is not left running, and the next run completes without
 * creating any dataset twice.
 */
class HarvestRestartTest {

	private static final int COUNT = 6;

	@Test
	void aJobCutByARestartEndsAsFailedAndTheNextRunCompletesWithoutDuplicates() throws Exception {
		Path dir = Path.of("target/test-data/harvest-restart-" + UUID.randomUUID());
		String[] args = { "--spring.profiles.active=test", "--datagora.db.embedded-directory=" + dir.resolve("postgres"),
				"--datagora.files.directory=" + dir.resolve("files"),
				"--datagora.search.directory=" + dir.resolve("solr"), "--datagora.harvest.batch-size=2" };
		CountDownLatch secondPage = new CountDownLatch(1);
		ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		try (TestSource remote = new TestSource()) {
			remote.onPath("/api/1/datasets/", request -> {
				boolean second = request.pathAndQuery().contains("page=2");
				if (second) {
					await(secondPage);
				}
				List<Map<String, Object>> data = new ArrayList<>();
				for (int i = second ? COUNT / 2 : 0; i < (second ? COUNT : COUNT / 2); i++) {
					Map<String, Object> dataset = new LinkedHashMap<>();
					dataset.put("id", "restart-" + i);
					dataset.put("title", "Comptages routiers " + i);
					dataset.put("license", "lov2");
					data.add(dataset);
				}
				Map<String, Object> page = new LinkedHashMap<>();
				page.put("data", data);
				page.put("next_page", second ? null : remote.url("/api/1/datasets/?page=2").toString());
				return Answer.of("application/json", json.writeValueAsString(page));
			});
			UUID source;
			UUID cut;
			try (ConfigurableApplicationContext first = start(args)) {
				Viewer admin = first.getBean(Accounts.class)
					.ensureSiteAdmin("admin-" + UUID.randomUUID() + "@example.org", "Admin", "correct horse battery");
				source = admin.act(() -> {
					String organization = first.getBean(Organizations.class)
						.create(new OrganizationInput("Département compteur", null, null, null, null, null,
								"local-authority", null, null))
						.id()
						.toString();
					return first.getBean(HarvestSources.class)
						.create(new HarvestSourceInput(organization, "Comptages", remote.url("").toString(), "udata",
								null, null, 0))
						.id();
				});
				cut = admin.act(() -> first.getBean(HarvestJobs.class).start(source, false)).id();
				// the first page is written, the second never comes: stop the portal there
				long deadline = System.currentTimeMillis() + 30_000;
				while (datasets(first, source) < 2) {
					assertThat(System.currentTimeMillis()).as("first page written").isLessThan(deadline);
					Thread.sleep(50);
				}
			}
			secondPage.countDown();
			try (ConfigurableApplicationContext second = start(args)) {
				long deadline = System.currentTimeMillis() + 30_000;
				while (!state(second, cut).equals("failed")) {
					assertThat(System.currentTimeMillis()).as("the cut job is still " + state(second, cut))
						.isLessThan(deadline);
					Thread.sleep(100);
				}
				Viewer admin = second.getBean(Accounts.class)
					.ensureSiteAdmin("admin-" + UUID.randomUUID() + "@example.org", "Admin", "correct horse battery");
				HarvestJobs jobs = second.getBean(HarvestJobs.class);
				UUID next = admin.act(() -> jobs.start(source, false)).id();
				HarvestJob done = admin.act(() -> jobs.get(next));
				while (!done.finished()) {
					Thread.sleep(100);
					done = admin.act(() -> jobs.get(next));
				}
				assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo("done");
				assertThat(done.created() + done.unchanged()).isEqualTo(COUNT);
				assertThat(done.unchanged()).isGreaterThanOrEqualTo(2);
				assertThat(datasets(second, source)).isEqualTo(COUNT);
			}
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static ConfigurableApplicationContext start(String[] args) {
		return new SpringApplicationBuilder(DatagoraApplication.class).web(WebApplicationType.NONE).run(args);
	}

	private static long datasets(ConfigurableApplicationContext context, UUID source) {
		return context.getBean(JdbcClient.class)
			.sql("select count(*) from dataset where origin_source_id = ?")
			.param(source)
			.query(Long.class)
			.single();
	}

	private static String state(ConfigurableApplicationContext context, UUID job) {
		return context.getBean(JdbcClient.class)
			.sql("select state from harvest_job where id = ?")
			.param(job)
			.query(String.class)
			.single();
	}
}
