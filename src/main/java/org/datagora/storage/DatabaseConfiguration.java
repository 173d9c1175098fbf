package org.datagora.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
		takeOver(properties.embeddedDirectory());
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

	/**
	 * Two portals on one data directory would corrupt it: say so plainly instead of timing out.
	 * A PostgreSQL left running by a portal that was killed (its parent is gone) is stopped, so
	 * that a crash never blocks the next start.
	 */
	private static void takeOver(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		long pid;
		try {
			pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		}
		catch (IOException | RuntimeException absentOrUnreadable) {
			return; // PostgreSQL itself decides about a pid file it cannot have written
		}
		ProcessHandle postgres = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).orElse(null);
		if (postgres == null) {
			return;
		}
		boolean orphan = postgres.parent().map(parent -> parent.pid() == 1 || !parent.isAlive()).orElse(true);
		if (!orphan) {
			throw new IllegalStateException("The embedded PostgreSQL data directory " + directory.toAbsolutePath()
					+ " is in use by another PostgreSQL (PID " + pid + "): stop the other Datagora first, "
					+ "or set DATAGORA_DB_EMBEDDED_DIRECTORY to another directory");
		}
		log.warn("Stopping the PostgreSQL (PID {}) left running on {} by a portal that stopped without it", pid,
				directory.toAbsolutePath());
		postgres.destroy();
		try {
			postgres.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException("The PostgreSQL left running on " + directory.toAbsolutePath()
					+ " (PID " + pid + ") did not stop: stop it, then start again", e);
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
