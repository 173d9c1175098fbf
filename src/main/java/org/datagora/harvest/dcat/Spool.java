package org.datagora.harvest.dcat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.datagora.harvest.protocol.HarvestException;

/**
 * A page copied to a temporary file, so that a dump larger than the heap can be read in several
 * passes; the fetcher's size limit bounds it. Deleted on close.
 */
final class Spool implements AutoCloseable {

	private static final int HEAD = 4096;

	private final Path file;

	private Spool(Path file) {
		this.file = file;
	}

	static Spool of(InputStream body) {
		Path file = null;
		try {
			file = Files.createTempFile("datagora-dcat-", ".page");
			Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
			return new Spool(file);
		}
		catch (IOException e) {
			delete(file);
			throw new HarvestException("The page could not be read to the end: " + e.getMessage(), e);
		}
	}

	Path file() {
		return file;
	}

	long size() {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The first bytes, to recognise the syntax. */
	byte[] head() {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(HEAD);
			return Arrays.copyOf(head, head.length);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		delete(file);
	}

	private static void delete(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException e) {
			// a temporary file the system cleans up anyway
		}
	}
}
