package org.datagora.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Remote catalogs for the harvest benchmark, on 127.0.0.1: a CKAN Action API
 * ({@code /ckan/api/3/action/package_search}, paged by {@code rows} and {@code start}) and a DCAT
 * dump in Turtle ({@code /dcat/catalog.ttl}, streamed), both listing the same {@code count}
 * datasets. Dataset {@code i} is always the same (titles, places, licences, resources derive
 * from {@code i}), so a second harvest finds nothing changed. Run by bench/harvest.sh; not a test.
 *
 * Arguments: port, number of datasets, and optionally "dcat-repeat=N" to write each dataset's
 * description N times (a larger dump for the memory test).
 */
public final class SyntheticSources {

	private static final List<String> SUBJECTS = List.of("Stationnements vélo", "Bornes de recharge électrique",
			"Horaires des bus", "Qualité de l'air", "Arbres d'alignement", "Budget primitif", "Marchés publics",
			"Défibrillateurs", "Toilettes publiques", "Équipements sportifs", "Aménagements cyclables",
			"Permis de construire", "Délibérations du conseil", "Collecte des déchets", "Consommation d'électricité");

	private static final List<String[]> PLACES = List.of(new String[] { "Lyon", "69123" },
			new String[] { "Marseille", "13055" }, new String[] { "Toulouse", "31555" },
			new String[] { "Nantes", "44109" }, new String[] { "Strasbourg", "67482" },
			new String[] { "Bordeaux", "33063" }, new String[] { "Lille", "59350" }, new String[] { "Rennes", "35238" },
			new String[] { "Grenoble", "38185" }, new String[] { "Montpellier", "34172" });

	private static final List<String> LICENSES = List.of("https://www.etalab.gouv.fr/licence-ouverte-open-licence",
			"https://www.etalab.gouv.fr/licence-ouverte-open-licence", "https://opendatacommons.org/licenses/odbl/1-0/",
			"https://creativecommons.org/licenses/by/4.0/");

	private static final List<String> CKAN_LICENSES = List.of("fr-lo", "fr-lo", "odc-odbl", "cc-by");

	private static final List<String> FREQUENCIES = List.of("ANNUAL", "MONTHLY", "DAILY", "IRREG");

	private static final List<String> FORMATS = List.of("csv", "json", "geojson", "xlsx");

	private final int count;

	private final int repeat;

	private SyntheticSources(int count, int repeat) {
		this.count = count;
		this.repeat = repeat;
	}

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args[0]);
		int count = Integer.parseInt(args[1]);
		int repeat = args.length > 2 ? Integer.parseInt(args[2].replace("dcat-repeat=", "")) : 1;
		SyntheticSources sources = new SyntheticSources(count, repeat);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/ckan/api/3/action/package_search", sources::ckan);
		server.createContext("/dcat/catalog.ttl", sources::dcat);
		server.start();
		System.out.printf("synthetic sources: %d datasets on http://127.0.0.1:%d/ckan/ and /dcat/catalog.ttl%n", count,
				port);
	}

	private String title(int i) {
		String[] place = PLACES.get(i % PLACES.size());
		return SUBJECTS.get(i % SUBJECTS.size()) + " de " + place[0] + " " + (2000 + i % 26) + " n°" + i;
	}

	private String description(int i) {
		String[] place = PLACES.get(i % PLACES.size());
		return ("Jeu de données n°" + i + " publié par la ville de " + place[0] + " : "
				+ SUBJECTS.get(i % SUBJECTS.size()).toLowerCase() + ", mis à jour selon la fréquence indiquée. ")
			.repeat(repeat);
	}

	private static long parameter(URI uri, String name, long fallback) {
		String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
		for (String pair : query.split("&")) {
			if (pair.startsWith(name + "=")) {
				return Long.parseLong(pair.substring(name.length() + 1));
			}
		}
		return fallback;
	}

	private void ckan(HttpExchange exchange) throws IOException {
		long start = parameter(exchange.getRequestURI(), "start", 0);
		long rows = Math.min(1000, parameter(exchange.getRequestURI(), "rows", 10));
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(200, 0);
		try (Writer out = writer(exchange.getResponseBody())) {
			out.write("{\"help\": \"package_search\", \"success\": true, \"result\": {\"count\": " + count
					+ ", \"results\": [");
			for (long i = start; i < Math.min(count, start + rows); i++) {
				int n = (int) i;
				String[] place = PLACES.get(n % PLACES.size());
				String id = "00000000-0000-4000-8000-" + String.format("%012d", n);
				out.write((i == start ? "" : ",") + "{\"id\": \"" + id + "\", \"name\": \"jeu-" + n + "\", \"title\": \""
						+ title(n) + "\", \"notes\": \"" + description(n) + "\", \"license_id\": \""
						+ CKAN_LICENSES.get(n % CKAN_LICENSES.size()) + "\", \"metadata_modified\": \"2026-0"
						+ (1 + n % 9) + "-15T10:00:00\", \"organization\": {\"title\": \"Ville de " + place[0]
						+ "\"}, \"tags\": [{\"name\": \"" + place[0].toLowerCase() + "\"}, {\"name\": \"donnees-ouvertes\"}],"
						+ " \"extras\": [{\"key\": \"frequency\", \"value\": \"" + FREQUENCIES.get(n % FREQUENCIES.size())
						.toLowerCase() + "\"}, {\"key\": \"spatial_text\", \"value\": \"" + place[0] + "\"}],"
						+ " \"resources\": [" + ckanResources(n) + "]}");
			}
			out.write("]}}");
		}
	}

	private String ckanResources(int n) {
		StringBuilder resources = new StringBuilder();
		for (int r = 0; r <= n % 3; r++) {
			String format = FORMATS.get((n + r) % FORMATS.size());
			resources.append(r == 0 ? "" : ",")
				.append("{\"id\": \"r-").append(n).append('-').append(r).append("\", \"name\": \"Fichier ")
				.append(format.toUpperCase()).append("\", \"url\": \"https://data.example.org/files/").append(n)
				.append('/').append(r).append('.').append(format).append("\", \"format\": \"").append(format)
				.append("\", \"size\": ").append(1000 + n).append('}');
		}
		return resources.toString();
	}

	private void dcat(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/turtle; charset=utf-8");
		exchange.sendResponseHeaders(200, 0);
		try (Writer out = writer(exchange.getResponseBody())) {
			out.write("""
					@prefix dcat: <http://www.w3.org/ns/dcat#> .
					@prefix dct: <http://purl.org/dc/terms/> .
					@prefix foaf: <http://xmlns.com/foaf/0.1/> .
					@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
					<https://data.example.org/catalog> a dcat:Catalog ; dct:title "Catalogue synthétique"@fr .
					""");
			for (int n = 0; n < count; n++) {
				String[] place = PLACES.get(n % PLACES.size());
				String uri = "https://data.example.org/datasets/" + n;
				StringBuilder dataset = new StringBuilder();
				dataset.append("<https://data.example.org/catalog> dcat:dataset <").append(uri).append("> .\n<")
					.append(uri).append("> a dcat:Dataset ;\n  dct:identifier \"jeu-").append(n).append("\" ;\n")
					.append("  dct:title \"").append(title(n)).append("\"@fr ;\n  dct:description \"")
					.append(description(n)).append("\"@fr ;\n  dcat:keyword \"").append(place[0].toLowerCase())
					.append("\", \"donnees-ouvertes\" ;\n  dct:license <").append(LICENSES.get(n % LICENSES.size()))
					.append("> ;\n  dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/")
					.append(FREQUENCIES.get(n % FREQUENCIES.size())).append("> ;\n  dct:spatial [ a dct:Location ; ")
					.append("dct:identifier \"").append(place[1]).append("\" ] ;\n  dcat:landingPage <").append(uri)
					.append("/page> ;\n  dct:modified \"2026-0").append(1 + n % 9).append("-15\"^^xsd:date ;\n")
					.append("  dct:publisher [ a foaf:Agent ; foaf:name \"Ville de ").append(place[0]).append("\" ]");
				for (int r = 0; r <= n % 3; r++) {
					String format = FORMATS.get((n + r) % FORMATS.size());
					dataset.append(" ;\n  dcat:distribution [ a dcat:Distribution ; dct:title \"Fichier ")
						.append(format.toUpperCase()).append("\" ; dcat:downloadURL <https://data.example.org/files/")
						.append(n).append('/').append(r).append('.').append(format).append("> ; dct:format \"")
						.append(format).append("\" ; dcat:byteSize \"").append(1000 + n).append("\"^^xsd:decimal ]");
				}
				out.write(dataset.append(" .\n").toString());
			}
		}
	}

	private static Writer writer(OutputStream out) {
		return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
	}
}
