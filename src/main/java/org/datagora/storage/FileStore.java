package org.datagora.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files live, addressed by the SHA-256 of their content: the same bytes are
 * stored once. The local disk implementation is the default; an S3-compatible store can
 * implement the same contract.
 */
public interface FileStore {

	/**
	 * Streams {@code content} into the store, hashing as it goes, without holding it in memory.
	 * @throws FileTooLargeException past {@code maxBytes}; nothing is kept then
	 */
	StoredFile store(InputStream content, long maxBytes) throws IOException;

	/** Opens a stored file, or empty when the key is unknown. */
	Optional<InputStream> open(String sha256) throws IOException;

	boolean exists(String sha256);
}
