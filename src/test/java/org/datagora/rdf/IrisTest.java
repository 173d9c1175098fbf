package org.datagora.rdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Harvested links become IRIs every RDF syntax writes and reads back, or nothing. */
class IrisTest {

	@Test
	void unsafeCharactersAreEncodedAndNonLinksLeftOut() {
		assertThat(Iris.of(" https://example.org/a b.csv?q={x}|\"y\" ")).isEqualTo(
				"https://example.org/a%20b.csv?q=%7Bx%7D%7C%22y%22");
		assertThat(Iris.of("https://example.org/données\u00a02024.csv")).isEqualTo(
				"https://example.org/données%C2%A02024.csv");
		assertThat(Iris.of("mailto:contact@example.org")).isEqualTo("mailto:contact@example.org");
		assertThat(Iris.of("fichier.csv")).isNull();
		assertThat(Iris.of("  ")).isNull();
		assertThat(Iris.of(null)).isNull();
	}
}
