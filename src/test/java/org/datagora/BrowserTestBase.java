package org.datagora;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of the tests in a real browser (Debian's Chromium, headless, driven by Selenium): skipped
 * when chromedriver is missing; pages can be checked with axe-core.
 */
public abstract class BrowserTestBase extends PortalTest {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** axe-core, a devDependency of web/ (npm ci installs it in a fresh clone). */
	protected static final Path AXE = Path.of("web/node_modules/axe-core/axe.min.js");

	private ChromeDriverService service;

	protected WebDriver driver;

	/** The browser's own directory, removed after the test: a place for files to upload. */
	protected Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: /usr/bin/chromedriver is missing (apt-get install chromium chromium-driver)");
		profile = Files.createTempDirectory("datagora-chromium");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--user-data-dir=" + profile);
		driver = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/** Violations found by axe-core on the current page, as "path: rule (impact) targets". */
	@SuppressWarnings("unchecked")
	protected List<String> axeViolations(String path) throws IOException {
		if (!Files.exists(AXE)) {
			System.err.println("axe-core check skipped: " + AXE + " is missing (run npm ci in web/)");
			return List.of();
		}
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(Files.readString(AXE));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		List<String> found = (List<String>) js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(function (r) { done(r.violations.map(function (v) {
				    return v.id + ' (' + v.impact + ') ' + v.nodes.slice(0, 3).map(function (n) {
				      return n.target.join(' '); }).join(', '); })); })
				  .catch(function (e) { done(['axe failed: ' + e]); });
				""");
		return found.stream().map(violation -> path + ": " + violation).toList();
	}

	protected void submit(String form) {
		driver.findElement(By.cssSelector(form + " button[type='submit']")).click();
	}

	protected void waitForUrl(String url) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url));
	}
}
