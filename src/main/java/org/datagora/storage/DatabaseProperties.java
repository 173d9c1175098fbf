package org.datagora.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which PostgreSQL the portal uses. With no {@code url} an embedded PostgreSQL 17 is started
 * whose files live under {@code embeddedDirectory} and survive restarts.
 *
 * @param url JDBC URL of a PostgreSQL server ({@code DATAGORA_DB_URL}); empty for embedded
 * @param username user for {@code url}
 * @param password password for {@code url}
 * @param embeddedDirectory data directory of the embedded server
 * @param embeddedDurable whether the embedded server syncs to disk (off only in tests)
 * @param poolSize maximum JDBC connections
 */
@ConfigurationProperties("datagora.db")
public record DatabaseProperties(String url, String username, String password, Path embeddedDirectory,
		boolean embeddedDurable, int poolSize) {

	public DatabaseProperties {
		if (embeddedDirectory == null) {
			embeddedDirectory = Path.of("data", "postgres");
		}
		if (poolSize <= 0) {
			poolSize = 16;
		}
	}

	boolean embedded() {
		return url == null || url.isBlank();
	}
}
