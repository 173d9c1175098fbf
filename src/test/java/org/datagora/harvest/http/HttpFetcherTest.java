package org.datagora.harvest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.datagora.harvest.TestSource;
import org.datagora.harvest.TestSource.Answer;
import org.datagora.harvest.protocol.HarvestException;
import org.datagora.harvest.protocol.RemoteFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The rules every harvest request follows, against a real server on 127.0.0.1. */
class HttpFetcherTest {

	private final TestSource source = new TestSource();

	@AfterEach
	void stop() {
		source.close();
	}

	private static HttpFetcher fetcher(long maxBytes, Duration timeout, List<String> allowed) {
		return new HttpFetcher(new FetchLimits(Duration.ofSeconds(2), timeout, maxBytes, Duration.ZERO, 5, allowed),
				new HostPacer());
	}

	private static HttpFetcher strict() {
		return fetcher(1024, Duration.ofSeconds(5), List.of());
	}

	private static HttpFetcher allowingLocal() {
		return fetcher(1024 * 1024, Duration.ofSeconds(5), List.of("127.0.0.1"));
	}

	private static byte[] read(RemoteFetcher.Response response) throws Exception {
		try (response; InputStream in = response.body()) {
			return in.readAllBytes();
		}
	}

	@Test
	void privateLoopbackLinkLocalAndReservedAddressesAreRefusedUnlessAllowed() {
		source.on("/catalog", Answer.of("application/json", "{}"));
		for (String url : List.of(source.url("/catalog").toString(), "http://localhost:1/", "http://10.1.2.3/",
				"http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
				"http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://100.64.0.1/",
				"http://[fd00::1]/")) {
			assertThatThrownBy(() -> strict().get(URI.create(url), null)).as(url)
				.isInstanceOf(HarvestException.class)
				.hasMessageContaining("private, local or reserved");
		}
		assertThat(source.requests()).isEmpty();
		for (String url : List.of("file:///etc/passwd", "ftp://example.org/", "http://user:secret@example.org/")) {
			assertThatThrownBy(() -> strict().get(URI.create(url), null)).as(url).isInstanceOf(HarvestException.class);
		}
	}

	@Test
	void aRedirectToAPrivateAddressIsRefusedAtTheHop() throws Exception {
		source.on("/start", Answer.redirect("http://169.254.169.254/latest/meta-data/"))
			.on("/moved", Answer.redirect("/catalog"))
			.on("/catalog", Answer.of("application/json", "{\"ok\": true}"));
		HttpFetcher fetcher = allowingLocal();
		assertThatThrownBy(() -> fetcher.get(source.url("/start"), null)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("169.254.169.254");
		RemoteFetcher.Response moved = fetcher.get(source.url("/moved"), "application/json");
		assertThat(moved.url().getPath()).isEqualTo("/catalog");
		assertThat(moved.contentType()).isEqualTo("application/json");
		assertThat(new String(read(moved))).isEqualTo("{\"ok\": true}");
	}

	@Test
	void aResponseLargerThanTheLimitFailsWhileStreamingOrAtOnceWhenDeclared() {
		byte[] big = new byte[300_000];
		source.on("/declared", new Answer(200, "text/turtle", big, Map.of()));
		source.onPath("/chunked", request -> new Answer(200, "text/turtle", big, Map.of("Transfer-Encoding", "chunked")));
		HttpFetcher fetcher = fetcher(100_000, Duration.ofSeconds(5), List.of("127.0.0.1"));
		assertThatThrownBy(() -> read(fetcher.get(source.url("/declared"), null))).isInstanceOf(HarvestException.class)
			.hasMessageContaining("larger than");
		assertThatThrownBy(() -> read(fetcher.get(source.url("/chunked"), null))).isInstanceOf(HarvestException.class)
			.hasMessageContaining("larger than");
	}

	@Test
	void theSameUrlTwiceIsAPagingLoopAndPagesAreBounded() throws Exception {
		for (int i = 0; i < 10; i++) {
			source.on("/page/" + i, Answer.of("application/json", "[]"));
		}
		HttpFetcher fetcher = allowingLocal();
		read(fetcher.get(source.url("/page/0"), null));
		assertThatThrownBy(() -> fetcher.get(source.url("/page/0"), null)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("Paging loop");
		for (int i = 1; i < 5; i++) {
			read(fetcher.get(source.url("/page/" + i), null));
		}
		assertThatThrownBy(() -> fetcher.get(source.url("/page/5"), null)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("More than 5 requests");
	}

	@Test
	void aSlowSourceAndAnErrorStatusEndInAClearFailure() {
		source.onPath("/slow", request -> {
			try {
				Thread.sleep(3_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Answer.of("application/json", "{}");
		});
		source.on("/broken", new Answer(500, "text/plain", "boom".getBytes(), Map.of()));
		HttpFetcher fetcher = fetcher(1024, Duration.ofSeconds(1), List.of("127.0.0.1"));
		assertThatThrownBy(() -> read(fetcher.get(source.url("/slow"), null))).isInstanceOf(HarvestException.class)
			.hasMessageContaining("within 1 s");
		assertThatThrownBy(() -> fetcher.get(source.url("/broken"), null)).isInstanceOf(HarvestException.class)
			.hasMessageContaining("HTTP 500");
	}
}
