package org.datagora.harvest.dcat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.datagora.harvest.protocol.HarvestRequest;
import org.datagora.harvest.protocol.HarvestSink;
import org.datagora.harvest.protocol.RemoteDataset;
import org.datagora.harvest.protocol.RemoteFetcher;

/**
 * Generates an N-Triples DCAT dump of about the given size (datasets with keywords, contact,
 * period, spatial and two blank-node distributions with checksums) and harvests it from disk,
 * printing the time, the datasets read and the peak heap. Run with a capped heap, for example
 * {@code java -Xmx512m -cp ... org.datagora.harvest.dcat.DcatDumpBench 100 batches} (or "whole"
 * to read it as one Jena graph). Not a test.
 */
public final class DcatDumpBench {

	private DcatDumpBench() {
	}

	public static void main(String[] args) throws IOException {
		long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 100;
		boolean whole = args.length > 1 && args[1].equals("whole");
		Path dump = Files.createTempFile("dcat-dump-", ".nt");
		try {
			int datasets = generate(dump, megabytes * 1024 * 1024);
			long start = System.nanoTime();
			int[] read = new int[2];
			long[] usedAfterGc = new long[1];
			DcatProtocol protocol = new DcatProtocol(whole ? new RdfPage.Limits(Long.MAX_VALUE, 1, Long.MAX_VALUE) : RdfPage.Limits.DEFAULT);
			protocol.harvest(new HarvestRequest(URI.create("https://dump.test/catalog.nt"), Map.of(), 0), fetcher(dump),
					new HarvestSink() {

						@Override
						public void accept(RemoteDataset dataset) {
							read[0] += dataset.resources().size() == 2 ? 1 : 0;
							if (read[0] % 5_000 == 0) {
								// a full collection now and then: what the batch really holds
								System.gc();
								Runtime runtime = Runtime.getRuntime();
								usedAfterGc[0] = Math.max(usedAfterGc[0], runtime.totalMemory() - runtime.freeMemory());
							}
						}

						@Override
						public void failed(String remoteId, String reason) {
							read[1]++;
						}
					});
			System.out.printf("dump %.1f MB, %d datasets generated, %d read with their 2 resources, %d failed, %.1f s, "
					+ "heap live after GC at most %d MB, pool peaks summed %d MB (max heap %d MB)%n", Files.size(dump) / 1048576.0,
					datasets, read[0], read[1], (System.nanoTime() - start) / 1e9, usedAfterGc[0] / 1048576, peakHeap() / 1048576, Runtime.getRuntime().maxMemory() / 1048576);
		}
		finally {
			Files.deleteIfExists(dump);
		}
	}

	private static int generate(Path dump, long bytes) throws IOException {
		int count = 0;
		try (BufferedWriter out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
			long written = 0;
			while (written < bytes) {
				String dataset = dataset(count++);
				out.write(dataset);
				written += dataset.length();
			}
		}
		return count;
	}

	private static String dataset(int n) {
		String s = "<https://dump.test/ds/" + n + ">";
		String dcat = "<http://www.w3.org/ns/dcat#", dct = "<http://purl.org/dc/terms/", spdx = "<http://spdx.org/rdf/terms#";
		StringBuilder nt = new StringBuilder(4096);
		nt.append(s).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ").append(dcat).append("Dataset> .\n");
		nt.append(s).append(' ').append(dct).append("identifier> \"ds-").append(n).append("\" .\n");
		nt.append(s).append(' ').append(dct).append("title> \"Jeu de données numéro ").append(n).append("\"@fr .\n");
		nt.append(s).append(' ').append(dct).append("title> \"Dataset number ").append(n).append("\"@en .\n");
		nt.append(s).append(' ').append(dct).append("description> \"")
			.append("Une description assez longue pour ressembler à celles des portails réels. ".repeat(8))
			.append("\"@fr .\n");
		for (int k = 0; k < 5; k++) {
			nt.append(s).append(' ').append(dcat).append("keyword> \"mot-clé ").append(k).append("\"@fr .\n");
		}
		nt.append(s).append(' ').append(dcat).append("theme> <http://publications.europa.eu/resource/authority/data-theme/ENVI> .\n");
		nt.append(s).append(' ').append(dct).append("modified> \"2024-01-0").append(1 + n % 9).append("\" .\n");
		nt.append(s).append(' ').append(dcat).append("contactPoint> _:c").append(n).append(" .\n");
		nt.append("_:c").append(n).append(" <http://www.w3.org/2006/vcard/ns#fn> \"Service ").append(n % 100).append("\" .\n");
		nt.append(s).append(' ').append(dct).append("temporal> _:t").append(n).append(" .\n");
		nt.append("_:t").append(n).append(' ').append(dcat).append("startDate> \"2020-01-01\" .\n");
		for (int d = 0; d < 2; d++) {
			String dist = "_:d" + n + "x" + d, sum = "_:s" + n + "x" + d;
			nt.append(s).append(' ').append(dcat).append("distribution> ").append(dist).append(" .\n");
			nt.append(dist).append(' ').append(dcat).append("downloadURL> <https://dump.test/files/").append(n).append('/')
				.append(d).append(".csv> .\n");
			nt.append(dist).append(' ').append(dct).append("title> \"Fichier ").append(d).append("\" .\n");
			nt.append(dist).append(' ').append(dcat).append("byteSize> \"").append(1000 + n).append("\" .\n");
			nt.append(dist).append(' ').append(spdx).append("checksum> ").append(sum).append(" .\n");
			nt.append(sum).append(' ').append(spdx).append("checksumValue> \"").append(Integer.toHexString(n * 31 + d))
				.append("\" .\n");
		}
		return nt.toString();
	}

	private static RemoteFetcher fetcher(Path dump) {
		return new RemoteFetcher() {

			@Override
			public Response get(URI url, String accept) {
				try {
					return new Response(url, "application/n-triples", Map.of(), Files.newInputStream(dump));
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}

			@Override
			public Response post(URI url, String contentType, String body, String accept) {
				throw new UnsupportedOperationException();
			}
		};
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
	}
}
