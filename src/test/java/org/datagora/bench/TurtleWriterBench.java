package org.datagora.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The ceiling of the catalog dump: Jena's own streaming Turtle writer (TURTLE_BLOCKS, as the dump
 * uses, with the same prefixes) writing triples already in memory to nowhere. Reads the first
 * {@code max} triples of an N-Triples file (the portal's own /catalog/dump.nt of the same run) and
 * the prefixes of a Turtle file (its /catalog/dump.ttl), writes them for a warm-up, then as many
 * times as fit in the measured seconds, and prints triples/s. Run by bench/dcat.sh; not a test.
 *
 * Arguments: N-Triples file, Turtle file, most triples to hold, seconds of warm-up, seconds measured.
 */
public final class TurtleWriterBench {

	private TurtleWriterBench() {
	}

	public static void main(String[] args) {
		Path file = Path.of(args[0]);
		Map<String, String> prefixes = prefixes(Path.of(args[1]));
		int max = Integer.parseInt(args[2]);
		int warmup = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		List<Triple> triples = new ArrayList<>(max);
		try (InputStream head = firstLines(file, max)) {
			RDFParser.source(head).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
				@Override
				public void triple(Triple triple) {
					triples.add(triple);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		write(triples, prefixes, warmup);
		long written = 0;
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		while (System.nanoTime() < end) {
			written += write(triples, prefixes, 0);
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf("jena streaming turtle writer: %d triples held, %.0f triples/s%n", triples.size(),
				written / elapsed);
	}

	/** Writes the triples once (or for {@code seconds} when more than 0); answers how many were written. */
	private static long write(List<Triple> triples, Map<String, String> prefixes, int seconds) {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long written = 0;
		do {
			StreamRDF out = StreamRDFWriter.getWriterStream(OutputStream.nullOutputStream(), RDFFormat.TURTLE_BLOCKS);
			out.start();
			prefixes.forEach(out::prefix);
			triples.forEach(out::triple);
			out.finish();
			written += triples.size();
		}
		while (System.nanoTime() < end);
		return written;
	}

	/**
	 * The file up to the end of its {@code lines}th line: N-Triples holds a triple a line, so the
	 * parse stops there instead of reading the whole dump (11 GB for a million datasets).
	 */
	private static InputStream firstLines(Path file, int lines) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		return new InputStream() {

			private int left = lines;

			@Override
			public int read() throws IOException {
				if (left == 0) {
					return -1;
				}
				int next = in.read();
				if (next == '\n') {
					left--;
				}
				return next;
			}

			@Override
			public void close() throws IOException {
				in.close();
			}
		};
	}

	/** The PREFIX lines at the head of a Turtle file. */
	private static Map<String, String> prefixes(Path turtle) {
		Map<String, String> prefixes = new LinkedHashMap<>();
		try (Stream<String> lines = Files.lines(turtle)) {
			lines.takeWhile(line -> line.startsWith("PREFIX") || line.startsWith("@prefix"))
				.map(PREFIX::matcher)
				.filter(Matcher::find)
				.forEach(match -> prefixes.put(match.group(1), match.group(2)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return prefixes;
	}

	private static final Pattern PREFIX = Pattern.compile("(?i)@?prefix\\s+([\\w-]*):\\s*<([^>]*)>");
}
