package org.datagora.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param directory root of the local file store ({@code DATAGORA_FILES_DIRECTORY}) */
@ConfigurationProperties("datagora.files")
public record FileStoreProperties(Path directory) {

	public FileStoreProperties {
		if (directory == null) {
			directory = Path.of("data", "files");
		}
	}
}
