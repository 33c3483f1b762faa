package fi.polku.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.polku.bench.PolkuClient.Caller;
import fi.polku.bench.PolkuClient.Reply;
import fi.polku.testkit.county.BusinessIds;
import fi.polku.testkit.county.Municipality;

/**
 * A county's worth of reference data and clients before anything is measured: case owners in every municipality
 * (in proportion to population), a work-ability team per municipality, coaching providers with coaches, thousands
 * of clients, and one active coaching episode per load worker.
 */
final class Seed {

    record CoachingEpisode(String episodeId, Caller coach) {
    }

    private static final Duration CONSENT_VISIBLE_WITHIN = Duration.ofSeconds(60);

    private final PolkuWorkload workload;
    private final BenchSettings settings;
    private final RegisteredClients clients;
    private final List<String> providerIds = new ArrayList<>();
    private final List<String> providerBusinessIds = new ArrayList<>();

    Seed(PolkuWorkload workload, BenchSettings settings, RegisteredClients clients) {
        this.workload = workload;
        this.settings = settings;
        this.clients = clients;
    }

    void referenceData() {
        int professional = 0;
        for (Municipality municipality : Municipality.PAIJAT_HAME) {
            for (int i = 0; i < municipality.shareOf(settings.professionals()); i++) {
                workload.addProfessional(municipality.code(), ++professional);
            }
            workload.addTeam(municipality);
        }
        for (int i = 0; i < settings.providers(); i++) {
            String businessId = BusinessIds.nthValidFrom(2_900_000, i);
            providerBusinessIds.add(businessId);
            providerIds.add(workload.addProvider(businessId, 3));
        }
    }

    String firstProviderId() {
        return providerIds.get(0);
    }

    String firstProviderBusinessId() {
        return providerBusinessIds.get(0);
    }

    /** Registers {@code count} clients, an equal share by each of {@code workers} intake workers, in parallel. */
    void clients(int count, int workers) {
        List<Thread> threads = new ArrayList<>();
        for (int worker = 0; worker < workers; worker++) {
            int id = worker;
            int share = count / workers + (worker < count % workers ? 1 : 0);
            threads.add(Threads.start("seed-" + id, () -> {
                Caller intakeWorker = PolkuWorkload.intakeWorker(id);
                for (int i = 0; i < share; i++) {
                    clients.add(id, workload.registerClient(intakeWorker));
                }
            }));
        }
        Threads.joinAll(threads);
    }

    /**
     * For each load worker: its first client's consent for a provider, a referral to that provider, and the
     * episode once the coaching service has started it (consent seen, a coach assigned).
     */
    List<CoachingEpisode> coachingEpisodes(int workers) {
        List<String> referred = new ArrayList<>();
        for (int worker = 0; worker < workers; worker++) {
            Caller intakeWorker = PolkuWorkload.intakeWorker(worker);
            UUID client = clients.firstOf(worker);
            int provider = worker % providerIds.size();
            workload.grantCoachingConsent(intakeWorker, client, providerBusinessIds.get(provider));
            referred.add(referWhenConsentSeen(intakeWorker, client, providerIds.get(provider)));
        }
        List<CoachingEpisode> episodes = new ArrayList<>();
        for (int worker = 0; worker < workers; worker++) {
            String episode = referred.get(worker);
            int provider = worker % providerIds.size();
            Caller intakeWorker = PolkuWorkload.intakeWorker(worker);
            Threads.await("coaching episode " + episode + " to start", Duration.ofSeconds(60),
                    Duration.ofMillis(200), () -> "ACTIVE".equals(workload.episodeStatus(intakeWorker, episode)));
            episodes.add(new CoachingEpisode(episode,
                    workload.coachOf(intakeWorker, episode, providerIds.get(provider), providerBusinessIds.get(provider))));
        }
        return episodes;
    }

    /**
     * The coaching service learns of the consent from intake's events, a moment after intake granted it; until
     * then the referral is refused (403). As a real client, retry the refusal for a bounded time.
     */
    private String referWhenConsentSeen(Caller referrer, UUID client, String providerId) {
        long started = System.nanoTime();
        long deadline = started + CONSENT_VISIBLE_WITHIN.toNanos();
        for (int refused = 0; ; refused++) {
            Reply reply = workload.referral(referrer, client, providerId);
            if (reply.status() != 403 || System.nanoTime() > deadline) {
                if (refused > 0 && reply.status() == 201) {
                    Benchmark.log(String.format("Referral of client %s refused %d times (403) until coaching had"
                            + " seen the consent, %.1f s", client, refused, (System.nanoTime() - started) / 1e9));
                }
                return reply.id("refer to coaching (" + CONSENT_VISIBLE_WITHIN + " after the consent)");
            }
            Threads.sleep(Duration.ofMillis(100));
        }
    }
}
