package org.datagora.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Files under {@code data/files/ab/cd/<sha256>}. An upload is written to a temporary file in
 * the same directory tree and moved into place atomically once complete, so a reader never sees
 * half a file and an interrupted upload leaves nothing behind.
 */
@Component
class LocalDiskFileStore implements FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	LocalDiskFileStore(FileStoreProperties properties) throws IOException {
		this.root = properties.directory().toAbsolutePath();
		Files.createDirectories(root.resolve("tmp"));
	}

	@Override
	public StoredFile store(InputStream content, long maxBytes) throws IOException {
		Path temporary = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
		try {
			MessageDigest digest = sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				size = copyWithLimit(content, out, maxBytes);
			}
			String key = HexFormat.of().formatHex(digest.digest());
			Path target = pathOf(key);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			return new StoredFile(key, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public Optional<InputStream> open(String sha256) throws IOException {
		if (!exists(sha256)) {
			return Optional.empty();
		}
		return Optional.of(Files.newInputStream(pathOf(sha256)));
	}

	@Override
	public boolean exists(String sha256) {
		return sha256 != null && SHA256.matcher(sha256).matches() && Files.isRegularFile(pathOf(sha256));
	}

	private Path pathOf(String key) {
		return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

	private static long copyWithLimit(InputStream in, OutputStream out, long maxBytes) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > maxBytes) {
				throw new FileTooLargeException(maxBytes);
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
