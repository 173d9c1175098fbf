package org.datagora.requests;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.datagora.ApiClient;
import org.datagora.BrowserTestBase;
import org.datagora.identity.Viewer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data request in a real browser: a citizen asks (and confirms after seeing a similar request),
 * the organization plans the opening then publishes the data, and the request's page shows the
 * dataset that answers it. The pages on the way pass axe-core's checks.
 */
class RequestBrowserTest extends BrowserTestBase {

	private static final String PASSWORD = "correct horse battery staple";

	@Test
	void aCitizenAsksAnOrganizationPlansThenPublishesAndTheRequestShowsTheDataset() throws Exception {
		String base = "http://127.0.0.1:" + port;
		String word = RequestTestBase.word();
		String agentEmail = "agent-" + word + "@example.org";
		Viewer agent = accounts.signUp(agentEmail, "Agnès Martin", PASSWORD);
		ApiClient agentApi = new ApiClient(port, tokens.issue(agent.id(), "test", null).token());
		String organization = agentApi.post("/api/1/organizations",
				Map.of("name", "Métropole " + word, "type", "local-authority")).json().get("slug").asString();
		String dataset = agentApi.post("/api/1/datasets", Map.of("title", "Comptages des vélos " + word,
				"organization", organization)).json().get("slug").asString();
		assertThat(newUser("Dominique").post("/api/1/requests?confirm_not_duplicate=true", Map.of("title",
				"Comptages vélo " + word, "description", "Par compteur.", "use_case", "Une carte.",
				"requester_type", "association")).status()).isEqualTo(201);
		awaitSearchable();

		driver.get(base + "/signup");
		driver.findElement(By.id("email")).sendKeys("camille-" + word + "@example.org");
		driver.findElement(By.id("display_name")).sendKeys("Camille");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		submit("main form");
		waitForUrl(base + "/account?welcome");

		driver.get(base + "/requests");
		driver.findElement(By.linkText("Demander l’ouverture de données")).click();
		waitForUrl(base + "/requests/new");
		driver.findElement(By.id("title")).sendKeys("Comptages des vélos " + word + " par jour");
		driver.findElement(By.id("description")).sendKeys("Les passages **quotidiens** de chaque compteur.");
		driver.findElement(By.id("useCase")).sendKeys("Savoir quand les pistes sont chargées.");
		new Select(driver.findElement(By.id("requesterType"))).selectByValue("citizen");
		driver.findElement(By.id("organization")).sendKeys(organization);
		new Select(driver.findElement(By.id("theme"))).selectByValue("TRAN");
		submit("main form[action='/requests/new']");
		// the similar request is shown first; the citizen's request is another one
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("similar")));
		assertThat(driver.findElement(By.id("similar")).getText()).contains("Comptages vélo " + word);
		List<String> violations = new ArrayList<>(axeViolations("/requests/new (similar requests)"));
		submit("main form[action='/requests/new']");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches(base + "/requests/[0-9a-f-]{36}$"));
		String requestPage = driver.getCurrentUrl();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Comptages des vélos " + word + " par jour");
		assertThat(driver.findElement(By.id("status")).getText()).isEqualToIgnoringCase("Déposée");
		violations.addAll(axeViolations("request page (requester)"));

		// the member signs in, in a fresh session
		driver.manage().deleteAllCookies();
		driver.get(base + "/login");
		driver.findElement(By.id("email")).sendKeys(agentEmail);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		submit("main form");
		driver.get(base + "/organizations/" + organization + "/requests");
		violations.addAll(axeViolations("queue"));
		driver.findElement(By.linkText("Comptages des vélos " + word + " par jour")).click();

		String planned = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2).toString();
		driver.findElement(By.cssSelector("label[for='status-planned']")).click();
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
				driver.findElement(By.id("plannedFor")), planned);
		driver.findElement(By.id("note")).sendKeys("Ouverture avec la prochaine mise à jour du site.");
		violations.addAll(axeViolations("request page (member)"));
		submit("form[action$='/events']");
		waitForUrl(requestPage + "#timeline");
		assertThat(driver.findElement(By.id("status")).getText()).isEqualToIgnoringCase("Ouverture prévue");
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("Ouverture prévue", "par Agnès Martin",
				"Ouverture avec la prochaine mise à jour du site.");

		driver.findElement(By.cssSelector("label[for='status-published']")).click();
		driver.findElement(By.id("datasets")).sendKeys(base + "/datasets/" + dataset);
		submit("form[action$='/events']");
		waitForUrl(requestPage + "#timeline");
		assertThat(driver.findElement(By.id("status")).getText()).isEqualToIgnoringCase("Publiée");
		assertThat(driver.findElement(By.cssSelector("#answer-datasets a")).getText())
			.isEqualTo("Comptages des vélos " + word);
		assertThat(driver.findElement(By.cssSelector("#answer-datasets a")).getAttribute("href"))
			.isEqualTo(base + "/datasets/" + dataset);
		assertThat(driver.findElements(By.id("answer"))).isEmpty();

		for (String path : List.of("/requests", "/requests?q=" + word + "&theme=TRAN", "/requests?lang=en",
				"/organizations/" + organization)) {
			driver.get(base + path);
			violations.addAll(axeViolations(path));
		}
		driver.get(base + "/requests/new?lang=fr");
		submit("main form[action='/requests/new']");
		violations.addAll(axeViolations("/requests/new (errors)"));
		assertThat(violations).isEmpty();
	}
}
