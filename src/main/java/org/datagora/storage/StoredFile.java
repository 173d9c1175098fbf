package org.datagora.storage;

/** A file kept in the {@link FileStore}: its SHA-256 (hex, also its key) and its size in bytes. */
public record StoredFile(String sha256, long size) {
}
