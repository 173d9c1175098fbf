package org.datagora.harvest.protocol;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFieldsAndHtmlTextTest {

	@Test
	void readsTheDateShapesCatalogsWrite() {
		assertThat(JsonFields.instant("2021-06-23T14:59:57+02:00")).isEqualTo(Instant.parse("2021-06-23T12:59:57Z"));
		assertThat(JsonFields.instant("2017-08-05T03:16:52.857800")).isEqualTo(Instant.parse("2017-08-05T03:16:52.857800Z"));
		assertThat(JsonFields.instant("2019-09-30 22:00:00")).isEqualTo(Instant.parse("2019-09-30T22:00:00Z"));
		assertThat(JsonFields.instant("2012-05-10")).isEqualTo(Instant.parse("2012-05-10T00:00:00Z"));
		assertThat(JsonFields.instant("mar, 10/12/2019 - 09:23")).isNull();
	}

	@Test
	void writesChecksumsAsAlgorithmColonValue() {
		assertThat(JsonFields.checksum("sha256", "ab")).isEqualTo("sha256:ab");
		assertThat(JsonFields.checksum("http://spdx.org/rdf/terms#checksumAlgorithm_sha1", "ab")).isEqualTo("sha1:ab");
		assertThat(JsonFields.checksum(null, "d41d8cd98f00b204e9800998ecf8427e")).isEqualTo("md5:d41d8cd98f00b204e9800998ecf8427e");
		assertThat(JsonFields.checksum(null, "not-a-digest")).isNull();
	}

	@Test
	void takesTheBoundingBoxOfAnyGeoJsonGeometry() {
		assertThat(JsonFields.bbox("{\"type\": \"Point\", \"coordinates\": [2.35, 48.85]}")).containsExactly(2.35, 48.85, 2.35,
				48.85);
		assertThat(JsonFields.bbox("{\"type\": \"GeometryCollection\", \"geometries\": [{\"type\": \"Point\", "
				+ "\"coordinates\": [1, 2]}, {\"type\": \"Point\", \"coordinates\": [3, 4]}]}")).containsExactly(1.0, 2.0, 3.0, 4.0);
		assertThat(JsonFields.bbox("not json")).isNull();
		assertThat(JsonFields.bbox("{\"type\": \"Point\", \"coordinates\": [500000, 6000000]}")).isNull();
	}

	@Test
	void keepsTheParagraphsAndLinesOfHtmlAsText() {
		assertThat(HtmlText.toText("<h2>Titre</h2><p>Un &amp; deux<br>trois</p><ol><li>a</li><li>b</li></ol>"))
			.isEqualTo("Titre\n\nUn & deux\ntrois\n\na\nb");
		assertThat(HtmlText.toText("<p>  </p>")).isNull();
		assertThat(HtmlText.looksLikeHtml("Les **arbres** < 10 m")).isFalse();
		assertThat(HtmlText.looksLikeHtml("<p>Les arbres</p>")).isTrue();
	}
}
