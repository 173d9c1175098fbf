package org.datagora;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publisher's first steps in a real browser (Debian's Chromium, headless): sign up, create an
 * organization, publish a dataset in it, upload a CSV file through the form, download it back,
 * put a dataset on the organization's roadmap and open it.
 */
class BrowserTest extends BrowserTestBase {

	@Test
	void publisherSignsUpPublishesADatasetAndUploadsAFile() throws Exception {
		String base = "http://127.0.0.1:" + port;
		String suffix = UUID.randomUUID().toString().substring(0, 8);

		driver.get(base + "/signup");
		driver.findElement(By.id("email")).sendKeys("ines-" + suffix + "@example.org");
		driver.findElement(By.id("display_name")).sendKeys("Ines");
		driver.findElement(By.id("password")).sendKeys("correct horse battery staple");
		submit("main form");
		waitForUrl(base + "/account?welcome");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ines");

		driver.get(base + "/organizations/new");
		driver.findElement(By.id("name")).sendKeys("Metropole Test " + suffix);
		new Select(driver.findElement(By.id("type"))).selectByValue("local-authority");
		driver.findElement(By.id("siret")).sendKeys("21440109300015");
		submit("main form");
		String organizationSlug = "metropole-test-" + suffix;
		waitForUrl(base + "/organizations/" + organizationSlug);

		driver.get(base + "/datasets/new");
		driver.findElement(By.id("title")).sendKeys("Comptages velo " + suffix);
		driver.findElement(By.id("description")).sendKeys("Comptages **quotidiens**");
		new Select(driver.findElement(By.id("organization"))).selectByValue(organizationSlug);
		driver.findElement(By.cssSelector("label[for='theme-TRAN']")).click();
		// htmx suggests zones for the last term typed; clicking one puts its id in the field
		driver.findElement(By.id("zones")).sendKeys("Nant");
		By nantes = By.cssSelector("button[data-zone='fr:commune:44109']");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(nantes));
		driver.findElement(nantes).click();
		assertThat(driver.findElement(By.id("zones")).getAttribute("value")).isEqualTo("fr:commune:44109, ");
		submit("main form");
		String datasetSlug = "comptages-velo-" + suffix;
		waitForUrl(base + "/datasets/" + datasetSlug + "/edit?created");

		byte[] csv = "compteur;date;passages\nA;2026-11-27;421\nB;2026-11-27;97\n".getBytes(StandardCharsets.UTF_8);
		Path file = Files.createTempFile(profile, "comptages", ".csv");
		Files.write(file, csv);
		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		submit("form[enctype='multipart/form-data']");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.dg-resource-link")));
		String resourceId = driver.findElement(By.cssSelector("a.dg-resource-link")).getAttribute("data-resource-id");

		driver.get(base + "/datasets/" + datasetSlug);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Comptages velo " + suffix);
		assertThat(driver.findElement(By.cssSelector("a.dg-download")).getAttribute("href"))
			.isEqualTo(base + "/datasets/r/" + resourceId);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Metropole Test " + suffix,
				"Transports", "Nantes", "csv");

		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/datasets/r/" + resourceId)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(csv);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");

		// the organization puts a dataset on its roadmap, then opens it with the dataset just published
		List<String> violations = new ArrayList<>();
		String roadmap = "/organizations/" + organizationSlug + "/roadmap";
		driver.get(base + roadmap + "/new");
		driver.findElement(By.id("title")).sendKeys("Comptages pietons " + suffix);
		driver.findElement(By.id("impact")).sendKeys("Amenagement des rues");
		((JavascriptExecutor) driver).executeScript("document.getElementById('targetDate').value = arguments[0]",
				LocalDate.now().plusMonths(2).toString());
		submit("main form");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/roadmaps/entries/"));
		String entry = driver.getCurrentUrl().replace(base, "");
		driver.get(base + entry + "/move?status=opened");
		submit("main form");
		violations.addAll(axeViolations(entry + "/move (errors)"));
		driver.findElement(By.id("dataset")).sendKeys(datasetSlug);
		submit("main form");
		waitForUrl(base + entry);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ouvert le", "Comptages velo " + suffix);

		// the pages of this journey, and forms showing their errors, pass axe-core's checks
		for (String path : List.of("/", "/datasets", "/datasets?q=velo&page=1", "/datasets?q=comptages&theme=TRAN",
				"/datasets?q=comptages&license=wtfpl", "/datasets/" + datasetSlug,
				"/datasets/" + datasetSlug + "/edit", "/datasets/new", "/organizations",
				"/organizations/" + organizationSlug, "/organizations/" + organizationSlug + "/harvest",
				"/organizations/new", "/account", "/account/organizations", "/account/tokens", "/signup",
				"/login?error", "/datasets/" + datasetSlug + "?lang=en", "/roadmaps", "/roadmaps?lang=en", roadmap,
				roadmap + "/new", entry, entry + "/edit")) {
			driver.get(base + path);
			violations.addAll(axeViolations(path));
		}
		driver.get(base + "/datasets/new?lang=fr");
		submit("main form");
		violations.addAll(axeViolations("/datasets/new (errors)"));
		assertThat(violations).isEmpty();
		if (Files.exists(AXE)) {
			// and the check does see a problem: an input without a label
			((JavascriptExecutor) driver).executeScript(
					"document.querySelector('main').appendChild(document.createElement('input'))");
			assertThat(axeViolations("unlabelled input")).anyMatch(violation -> violation.contains("label"));
		}
	}
}
