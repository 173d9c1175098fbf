package org.datagora.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource of the application: a configured PostgreSQL server, or an embedded
 * PostgreSQL 17 started here so that the portal runs with nothing installed.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedPostgres(DatabaseProperties properties) {
		if (!properties.embedded()) {
			return new EmbeddedServer(null);
		}
		refuseIfInUse(properties.embeddedDirectory());
		try {
			Files.createDirectories(properties.embeddedDirectory());
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(properties.embeddedDirectory())
				.setCleanDataDirectory(false)
				// stopped by the application context, after everything that still needs the database
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "100");
			// zonky is made for tests and turns durability off; real portal data must survive a crash
			String durable = properties.embeddedDurable() ? "on" : "off";
			builder.setServerConfig("fsync", durable)
				.setServerConfig("synchronous_commit", durable)
				.setServerConfig("full_page_writes", durable);
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
					properties.embeddedDirectory().toAbsolutePath());
			return new EmbeddedServer(postgres);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in "
					+ properties.embeddedDirectory().toAbsolutePath(), e);
		}
	}

	/** Two portals on one data directory would corrupt it: say so plainly instead of timing out. */
	private static void refuseIfInUse(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		}
		catch (IOException | RuntimeException unreadable) {
			return; // PostgreSQL itself decides about a pid file it cannot have written
		}
		if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			throw new IllegalStateException("The embedded PostgreSQL data directory " + directory.toAbsolutePath()
					+ " is in use by another PostgreSQL (PID " + pid + "): stop the other Datagora first, "
					+ "or set DATAGORA_DB_EMBEDDED_DIRECTORY to another directory");
		}
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, EmbeddedServer embedded) {
		HikariConfig config = new HikariConfig();
		if (embedded.postgres() != null) {
			config.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
		}
		else {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.username());
			config.setPassword(properties.password());
		}
		config.setMaximumPoolSize(properties.poolSize());
		config.setPoolName("datagora");
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}

	/** Holder so the embedded server is stopped after the pool is closed. */
	record EmbeddedServer(EmbeddedPostgres postgres) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			if (postgres != null) {
				postgres.close();
			}
		}
	}
}
