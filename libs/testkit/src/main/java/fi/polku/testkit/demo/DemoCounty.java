package fi.polku.testkit.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

import fi.polku.testkit.demo.DemoClient.Stage;
import fi.polku.testkit.system.PolkuService;

/**
 * {@code ./polku up --demo}: a clearly fictional Päijät-Häme county loaded through the public REST APIs only — case
 * owners, work-ability teams, coaching providers and coaches, and a few hundred clients at every stage of the path
 * — so that every report, chart and work list has content. Loading again changes nothing: the county is complete
 * once every provider has its fidelity review (written last), and every create carries a stable Idempotency-Key,
 * so an interrupted load picks up the same resources.
 */
public final class DemoCounty {

    public static final int CLIENTS = 300;
    private static final int PARALLEL_CLIENTS = 6;

    /** What a load did: whether the county was already there, how many clients reached each stage, how long. */
    public record Loaded(boolean alreadyThere, Map<Stage, Integer> clientsByStage, Duration took) {
    }

    private final DemoApi api;
    private final LocalDate today = LocalDate.now(DemoClient.FINLAND);

    public DemoCounty(Function<PolkuService, String> urls) {
        this.api = new DemoApi(urls);
    }

    public Loaded load() {
        return load(CLIENTS);
    }

    public Loaded load(int clients) {
        Instant began = Instant.now();
        DemoReferenceData county = DemoReferenceData.create(api, today);
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        IntStream.range(0, clients).forEach(n -> byStage.merge(DemoClient.stageOf(n), 1, Integer::sum));
        if (complete(county)) {
            return new Loaded(true, byStage, Duration.between(began, Instant.now()));
        }
        walkAll(clients, county);
        county.providerIds().forEach(this::reviewFidelity);
        return new Loaded(false, byStage, Duration.between(began, Instant.now()));
    }

    private boolean complete(DemoReferenceData county) {
        return county.providerIds().stream().allMatch(provider -> !api.get(PolkuService.COACHING,
                DemoStaff.COORDINATOR, "/api/v1/providers/" + provider + "/fidelity-reviews").getList("items").isEmpty());
    }

    private void walkAll(int clients, DemoReferenceData county) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CLIENTS);
        try {
            List<Future<?>> walks = new ArrayList<>();
            for (int n = 0; n < clients; n++) {
                DemoClient client = new DemoClient(n, clients, api, county, today);
                walks.add(pool.submit(client::walk));
            }
            for (Future<?> walk : walks) {
                walk.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading the demo county failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo county", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The ELY centre's yearly fidelity review of a provider (LIITE 1: 25 items scored 1-5, two not applicable). */
    private void reviewFidelity(String providerId) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int item = 1; item <= 25; item++) {
            if (item == 7 || item == 8) {
                items.add(Map.of("item", item, "notApplicable", true, "reason", "ei koske palvelumallia (demo)"));
            } else {
                items.add(Map.of("item", item, "score", 3 + (item + providerId.charAt(0)) % 3));
            }
        }
        api.create(PolkuService.COACHING, DemoStaff.COORDINATOR, "/api/v1/providers/" + providerId
                + "/fidelity-reviews", "demo-fidelity-" + providerId, Map.of("reviewDate",
                        today.minusMonths(2).toString(), "reviewers", List.of("Hämeen ELY-keskus (demo)"), "items", items));
    }

    /** A few calls a newcomer can paste, with the demo's own users. */
    public static String exampleCalls(Function<PolkuService, String> urls) {
        String reporting = urls.apply(PolkuService.REPORTING);
        String caseOwner = urls.apply(PolkuService.CASE_OWNER);
        String intake = urls.apply(PolkuService.INTAKE);
        return String.join("\n",
                "  Try (tokens of the demo's users; ./polku token <role> [org] [sub] for others):",
                "    curl -s -H \"Authorization: Bearer $(./polku token analyst)\" " + reporting + "/api/v1/reports/flow",
                "    curl -s -H \"Authorization: Bearer $(./polku token analyst)\" -H 'Accept: text/csv' " + reporting
                        + "/api/v1/reports/coaching",
                "    curl -s -H \"Authorization: Bearer $(./polku token coordinator)\" '" + caseOwner
                        + "/api/v1/professionals?limit=5'",
                "    curl -s -H \"Authorization: Bearer $(./polku token case-owner hyvinvointialue-dev "
                        + DemoStaff.caseOwner(1).subject() + ")\" " + caseOwner + "/api/v1/professionals/me/caseload",
                "    curl -s -H \"Authorization: Bearer $(./polku token intake-worker hyvinvointialue-dev "
                        + DemoStaff.intakeWorker(1).subject() + ")\" " + intake + "/api/v1/intake/queue",
                "  Dashboard: " + reporting + "/sign-in.html  (choose " + DemoStaff.ANALYST.subject() + ")");
    }

    /** Loads the demo into a running local stack on its documented ports ({@code ./polku demo}). */
    public static void main(String[] args) {
        Function<PolkuService, String> urls = service -> "http://localhost:" + service.localPort();
        Loaded loaded = new DemoCounty(urls).load();
        System.out.println(summary(loaded));
        System.out.println(exampleCalls(urls));
    }

    public static String summary(Loaded loaded) {
        int total = loaded.clientsByStage().values().stream().mapToInt(Integer::intValue).sum();
        return (loaded.alreadyThere() ? "The demo county was already loaded (" : "Loaded the demo county in "
                + loaded.took().toSeconds() + " s (") + total + " fictional clients: " + loaded.clientsByStage() + ").";
    }
}
