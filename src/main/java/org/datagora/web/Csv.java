package org.datagora.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV rows as RFC 4180 writes them, for the exports of every module; a leading =, +, - or @ is
 * quoted away from spreadsheets' formulas.
 */
public final class Csv {

	private Csv() {
	}

	public static String row(List<String> values) {
		return values.stream().map(Csv::cell).collect(Collectors.joining(",", "", "\r\n"));
	}

	private static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
