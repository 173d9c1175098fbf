package org.datagora.catalog;

import java.util.List;
import java.util.UUID;

import org.datagora.PortalTest;
import org.datagora.identity.Viewer;
import org.datagora.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch path of imports and harvesting: the same checks as one by one, one transaction. */
class DatasetBatchTest extends PortalTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Datasets datasets;

	@Test
	void aBatchGetsUniqueSlugsAndItsResources() {
		Viewer alice = accounts.signUp("batch-" + UUID.randomUUID() + "@example.org", "Alice", "correct horse battery");
		String title = "Budget " + UUID.randomUUID().toString().substring(0, 8);
		alice.act(() -> datasets.create(input(title)));
		var resource = new ResourceInput("Budget CSV", null, "main", "https://example.org/budget.csv", null, null, 1234L,
				null);

		List<UUID> ids = alice.act(() -> datasets.createAll(List.of(
				new Datasets.NewDataset(input(title), List.of(resource, resource)),
				new Datasets.NewDataset(input(title), List.of()))));

		List<Dataset> created = ids.stream().map(id -> datasets.get(id.toString())).toList();
		String base = Slugs.slugify(title);
		assertThat(created).extracting(Dataset::slug).containsExactly(base + "-2", base + "-3");
		assertThat(created.get(0).resources()).extracting(Resource::format, Resource::filesize)
			.containsOnly(org.assertj.core.groups.Tuple.tuple("csv", 1234L));
		assertThat(datasets.history(ids.get(0), 10)).extracting(Change::action)
			.containsExactlyInAnyOrder("created", "resource_added", "resource_added");
	}

	@Test
	void aBadItemFailsTheWholeBatchNamingIt() {
		Viewer alice = accounts.signUp("batch-" + UUID.randomUUID() + "@example.org", "Alice", "correct horse battery");
		String marker = "Lot " + UUID.randomUUID();
		assertThatThrownBy(() -> alice.act(() -> datasets.createAll(List.of(
				new Datasets.NewDataset(input(marker), List.of()),
				new Datasets.NewDataset(new DatasetInput(marker, null, null, null, null, null, "nope", null, null, null,
						null, null, null, null, null, null, null), List.of())))))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.errors()).extracting(error -> error.field()).containsExactly("[1].license"));
		assertThat(jdbc.sql("select count(*) from dataset where title = ?").param(marker).query(Long.class).single())
			.isZero();
	}

	private static DatasetInput input(String title) {
		return new DatasetInput(title, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}
}
