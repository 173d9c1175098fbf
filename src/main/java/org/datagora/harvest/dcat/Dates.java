package org.datagora.harvest.dcat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates as sources write them (a date, a date-time with or without offset) as instants, UTC when unsaid. */
public final class Dates {

	private Dates() {
	}

	/** The instant, or null when the text is not an ISO date (empty xsd:date literals exist). */
	public static Instant instant(String text) {
		String value = text == null ? "" : text.strip();
		try {
			if (value.length() <= 10) {
				return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				return OffsetDateTime.parse(value.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
			}
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
