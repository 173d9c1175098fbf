package org.datagora.storage;

import java.io.IOException;

/** An upload went past the configured limit; the partial file has been removed. */
public class FileTooLargeException extends IOException {

	private final long limit;

	public FileTooLargeException(long limit) {
		super("The file is larger than the limit of " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return limit;
	}
}
