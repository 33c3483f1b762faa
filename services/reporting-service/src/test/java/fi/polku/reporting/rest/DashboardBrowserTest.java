package fi.polku.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fi.polku.platform.security.Roles;
import fi.polku.reporting.KnownEvents;
import fi.polku.testkit.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Signs in on the local sign-in page in Debian's headless Chromium (installed by scripts/ensure-chromium.sh), as an
 * analyst of the local stack would, and checks that the charts show the numbers of a known event set from 2019 (and
 * the withheld small counts of 2012), years no other test uses, with axis titles and legends, in both languages;
 * saves screenshots at common screen sizes in target/screenshots.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @TestHTTPResource("/")
    URL page;

    @Test
    void anAnalystSignsInOnTheLocalPageAndTheChartsShowTheNumbersOfTheEvents() throws IOException {
        publishTheYear2019();
        publishTheYear2012();
        LocalSignInTest.writeToken(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, "analyst-user");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ReportsFromEventsTest
                .report("/api/v1/reports/flow?year=2019").getString("gaps.total.display")).isEqualTo("5"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ReportsFromEventsTest
                .report("/api/v1/reports/coaching?year=2019").getList("quarterlyEmployment.rates.ratePercent"))
                .containsExactly(0.0f, 0.0f, 50.0f, 50.0f, 50.0f, 50.0f, 50.0f, 50.0f));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ReportsFromEventsTest
                .report("/api/v1/reports/flow?year=2012").getString("funnel[0].clients.display")).isEqualTo("<5"));

        Path profile = Files.createTempDirectory("polku-chromium-");
        WebDriver browser = chromium(profile);
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            browser.get(page + "sign-in.html");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(driver -> !driver.findElements(By.cssSelector("button.user")).isEmpty());
            browser.findElements(By.cssSelector("button.user")).stream()
                    .filter(button -> button.getText().startsWith("analyst-user")).findFirst().orElseThrow().click();
            wait.until(driver -> driver.getCurrentUrl().equals(page.toString()));
            wait.until(driver -> Boolean.TRUE.equals(js.executeScript("return window.dashboardReady === true")));

            browser.findElement(By.id("year")).sendKeys("2019");
            showYear(browser, js);
            assertThat(chartData(js, "funnel", 0)).containsExactly(12L, 12L, 0L, 0L, 10L, 5L);
            assertThat(chartLabels(js, "funnel")).containsExactly("Rekisteröity", "Asiakasvastaava", "Seulottu",
                    "Työkykytiimin arvio", "Työhönvalmennus", "Työllistynyt avoimille");
            assertThat(chartLabels(js, "referrals")).containsExactly("2019-01", "2019-02");
            assertThat(chartData(js, "referrals", 0)).containsExactly(7L, 5L);
            assertThat(axisTitles(js, "referrals")).containsExactly("Kuukausi", "Lähetteitä");
            assertThat(axisTitles(js, "funnel")).containsExactly("Asiakkaita", "Vaihe");
            assertThat(chartLabels(js, "employment")).containsExactly("2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4");
            assertThat(chartData(js, "employment", 0)).containsExactly(0L, 50L, 50L, 50L);
            assertThat(chartData(js, "employment", 1)).containsOnly(31L);
            assertThat(chartData(js, "employment", 3)).containsOnly(50L);
            assertThat(legend(js, "employment")).containsExactly("Työllistymisaste %", "IPS vähimmäistaso 31 %",
                    "IPS keskitaso 41 %", "IPS erinomainen 50 %");
            assertThat(chartLabels(js, "outcomes")).containsExactly("P19A");
            assertThat(js.executeScript("return Chart.getChart('outcomes').data.datasets.map(d => d.label + '=' + d.data[0])"))
                    .isEqualTo(List.of("Palkkatyö=5", "Työkokeilu=5"));
            assertThat(chartData(js, "timeToOwner", 0)).containsExactly(6L, 0L, 6L, 0L, 0L, 0L);
            assertThat(axisTitles(js, "timeToOwner")).containsExactly("Päivää rekisteröinnistä asiakasvastaavaan",
                    "Asiakkaita");
            assertThat(chartData(js, "gaps", 0)).containsExactly(0L, 0L, 0L, 5L);
            // the seven open clientships: five in work, two in a work trial (withheld)
            assertThat(chartLabels(js, "whereNow")).hasSize(14).contains("Kuntouttava työtoiminta",
                    "Avoimet työmarkkinat");
            assertThat(chartData(js, "whereNow", 0)).containsExactly(0L, 0L, 0L, 0L, null, 0L, 0L, 0L, 0L, 0L, 0L, 5L,
                    0L, 0L);
            assertThat(js.executeScript("return Chart.getChart('whereNow').data.datasets[0].displays[4]"))
                    .isEqualTo("<5");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Työkyvyn tuen palvelukokonaisuus");
            screenshots(browser, "fi");

            browser.findElement(By.id("lang-en")).click();
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Work-ability support service package");
            assertThat(chartLabels(js, "funnel")).startsWith("Registered", "Case owner");
            assertThat(axisTitles(js, "referrals")).containsExactly("Month", "Referrals");
            screenshots(browser, "en");

            // three clients in 2012: a count below five is withheld, drawn as "<5" and named in the legend, not zero
            browser.findElement(By.id("year")).clear();
            browser.findElement(By.id("year")).sendKeys("2012");
            showYear(browser, js);
            assertThat(js.executeScript("return Chart.getChart('funnel').data.datasets[0].data[0]")).isNull();
            assertThat(js.executeScript("return Chart.getChart('funnel').data.datasets[0].displays[0]")).isEqualTo("<5");
            assertThat(legend(js, "funnel")).contains("<5, .. = withheld");
            screenshot(browser, "dashboard-suppressed-en-1366x768.png", 1366, 768);

            assertThat(js.executeScript("return document.cookie")).as("the session cookie is HttpOnly").isEqualTo("");
            assertThat(js.executeScript("return JSON.stringify(sessionStorage) + JSON.stringify(localStorage)"
                    + " + document.documentElement.innerHTML")).asString().doesNotContain("eyJ");

            browser.findElement(By.id("sign-out")).click();
            wait.until(driver -> driver.getCurrentUrl().endsWith("/sign-in.html"));
            browser.get(page.toString());
            wait.until(driver -> driver.findElement(By.id("signed-out")).isDisplayed());
        } finally {
            browser.quit();
        }
    }

    private static void showYear(WebDriver browser, JavascriptExecutor js) {
        js.executeScript("window.dashboardReady = false");
        browser.findElement(By.id("refresh")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> Boolean.TRUE.equals(js.executeScript("return window.dashboardReady === true")));
    }

    /** The filled dashboard at common screen sizes: a full-HD and a laptop screen, a tablet and a phone. */
    private static void screenshots(WebDriver browser, String language) throws IOException {
        for (int[] size : new int[][] {{1920, 1080}, {1366, 768}, {768, 1024}, {390, 844}}) {
            screenshot(browser, "dashboard-" + language + "-" + size[0] + "x" + size[1] + ".png", size[0], size[1]);
        }
    }

    private static void screenshot(WebDriver browser, String name, int width, int height) throws IOException {
        browser.manage().window().setSize(new Dimension(width, height));
        ((JavascriptExecutor) browser).executeScript("Object.values(Chart.instances).forEach(c => c.resize())");
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<Object> axisTitles(JavascriptExecutor js, String chart) {
        return (List<Object>) js.executeScript("const s = Chart.getChart(arguments[0]).options.scales;"
                + " return [s.x.title.text, s.y.title.text]", chart);
    }

    private static List<Object> legend(JavascriptExecutor js, String chart) {
        return (List<Object>) js.executeScript(
                "return Chart.getChart(arguments[0]).legend.legendItems.map(item => item.text)", chart);
    }

    private static List<Object> chartData(JavascriptExecutor js, String chart, int dataset) {
        return (List<Object>) js.executeScript(
                "return Chart.getChart(arguments[0]).data.datasets[arguments[1]].data", chart, dataset);
    }

    private static List<Object> chartLabels(JavascriptExecutor js, String chart) {
        return (List<Object>) js.executeScript("return Chart.getChart(arguments[0]).data.labels", chart);
    }

    private static WebDriver chromium(Path profile) {
        assertThat(new File(CHROMIUM).canExecute()).as("Debian chromium at " + CHROMIUM + " (scripts/ensure-chromium.sh installs it)").isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("Debian chromium-driver at " + CHROMEDRIVER).isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Three clients in 2012, each with a case owner the day after and closed in June: fewer than five. */
    private void publishTheYear2012() {
        KnownEvents events = new KnownEvents();
        for (int i = 0; i < 3; i++) {
            UUID client = UUID.randomUUID();
            events.registered(client, "D16", String.format("2012-03-%02dT10:00:00+02:00", i + 1));
            events.ownerAssigned(client, String.format("2012-03-%02dT10:00:00+02:00", i + 2));
            // closed the same year, so that they are no longer clients in the years other tests report on
            events.caseOwner("ClientshipClosed", client, "reason", "STUDIES", "caseOwnerProfessionalId",
                    UUID.randomUUID().toString(), "followUpDue", "2012-08-01", "closedAt", "2012-06-01T10:00:00+03:00");
        }
        events.publish(kafka);
    }

    /**
     * 12 clients in 2019: 6 get a case owner after 1 day and 6 after 5 days; 10 start coaching with provider P19A
     * in March, 5 of them with an open-labour-market job from April; 5 close in November with the follow-up due.
     */
    private void publishTheYear2019() {
        List<UUID> clients = IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID()).toList();
        KnownEvents events = new KnownEvents();
        for (int i = 0; i < 12; i++) {
            UUID client = clients.get(i);
            String registered = String.format("2019-02-%02d", i + 1);
            events.registered(client, "D19", registered + "T10:00:00+02:00");
            events.intake("ReferralReceived", client, "referralId", "ref19-" + i, "channel", "PHONE-19",
                    "referringParty", "TE-19", "receivedAt", (i < 7 ? "2019-01-15" : "2019-02-01") + "T10:00:00+02:00");
            events.ownerAssigned(client, String.format("2019-02-%02dT10:00:00+02:00", i + 1 + (i < 6 ? 1 : 5)));
            if (i < 10) {
                events.coachingStarted(client, "ep19-" + i, "P19A", "2019-03-01T10:00:00+02:00");
                events.coaching("CoachingOutcomeRecorded", client, "episodeId", "ep19-" + i, "providerId", "P19A",
                        "outcome", i < 5 ? "PAID_WORK" : "WORK_TRIAL", "satisfaction", null,
                        "recordedAt", "2019-12-01T10:00:00+02:00");
                events.coaching("CoachingEnded", client, "episodeId", "ep19-" + i, "providerId", "P19A",
                        "endedAt", "2019-12-20T10:00:00+02:00");
            }
            if (i < 5) {
                events.coaching("JobStarted", client, "episodeId", "ep19-" + i, "jobId", "job19-" + i,
                        "providerId", "P19A", "kind", "EMPLOYMENT", "openLabourMarket", true, "hoursPerWeek", 30,
                        "startDate", "2019-04-15",
                        "permanent", true);
            }
            if (i < 7) {
                events.caseOwner("ClientPlaceChanged", client, "place", i < 5 ? "OPEN_LABOUR_MARKET" : "WORK_TRIAL",
                        "since", i < 5 ? "2019-04-15" : "2019-12-01", "previousPlace", "SUPPORTED_EMPLOYMENT_COACHING",
                        "source", i < 5 ? "JOB_STARTED" : "COACHING_ENDED", "changedAt", "2019-12-20T10:00:00+02:00");
            }
            if (i >= 7) {
                events.caseOwner("ClientshipClosed", client, "reason", "PLAN_COMPLETED", "caseOwnerProfessionalId",
                        UUID.randomUUID().toString(), "followUpDue", "2020-01-01",
                        "closedAt", "2019-11-01T10:00:00+02:00");
            }
        }
        events.publish(kafka);
    }
}
