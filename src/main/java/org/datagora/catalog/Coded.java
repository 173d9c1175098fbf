package org.datagora.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import org.datagora.web.ProblemException;

/** A value of a controlled vocabulary: a stable code and a French and English label. */
public interface Coded {

	/** The code is what the API reads and writes. */
	@JsonValue
	String code();

	String fr();

	String en();

	default String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en() : fr();
	}

	static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equalsIgnoreCase(code)).findFirst();
	}

	/** The value for {@code code}, or a 400 naming the field and the accepted codes. */
	static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String field) {
		return find(type, code == null ? "" : code.strip()).orElseThrow(() -> ProblemException.invalid(field,
				"unknown value '" + code + "'; accepted: "
						+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList())));
	}
}
