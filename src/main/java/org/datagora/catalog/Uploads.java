package org.datagora.catalog;

import java.io.IOException;

import org.datagora.web.ProblemException;
import org.springframework.web.multipart.MultipartFile;

/** Turns a multipart file (API or form) into an {@link Resources.Upload}. */
public final class Uploads {

	private Uploads() {
	}

	public static Resources.Upload from(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw ProblemException.invalid("file", "is missing or empty");
		}
		try {
			return new Resources.Upload(file.getInputStream(), cleanName(file.getOriginalFilename()),
					file.getContentType());
		}
		catch (IOException e) {
			throw ProblemException.invalid("file", "could not be read: " + e.getMessage());
		}
	}

	/** Keeps the last path segment of a client-given file name, without control characters. */
	static String cleanName(String name) {
		if (name == null || name.isBlank()) {
			return "file";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String clean = last.replaceAll("[\\p{Cntrl}\"]", "").strip();
		return clean.isEmpty() ? "file" : clean.substring(0, Math.min(clean.length(), 200));
	}
}
