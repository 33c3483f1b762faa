package fi.polku.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.bench.PolkuClient.Caller;
import fi.polku.bench.PolkuClient.Reply;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.county.Municipality;
import fi.polku.testkit.system.PolkuService;

/** The requests the benchmark sends, shaped as the services' OpenAPI contracts describe them. */
final class PolkuWorkload {

    static final String COUNTY = Tokens.DEFAULT_ORGANISATION;
    static final Caller COORDINATOR = Caller.of("coordinator");

    private static final List<String> FIRST_NAMES = List.of("Aino", "Eino", "Helmi", "Jarmo", "Kaisa", "Matti",
            "Niina", "Onni", "Pirjo", "Sami", "Tiina", "Veikko");
    private static final List<String> LAST_NAMES = List.of("Virtanen", "Korhonen", "Mäkinen", "Nieminen",
            "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen");

    private final PolkuClient http;
    private final IdentityCodeSequence identityCodes = new IdentityCodeSequence();

    PolkuWorkload(PolkuClient http) {
        this.http = http;
    }

    /** The intake worker that load worker {@code n} acts as: each registers, and reads, its own clients. */
    static Caller intakeWorker(int n) {
        return new Caller("intake-worker", COUNTY, "bench-intake-" + (n + 1));
    }

    /** A coach records meetings under their own name only: the caller is the coach the episode names. */
    Caller coachOf(Caller reader, String episodeId, String providerId, String providerBusinessId) {
        String coachId = http.get(PolkuService.COACHING, "/api/v1/coaching-episodes/" + episodeId, reader)
                .expect(200, "read the episode").path("coachId").asText();
        String userId = http.get(PolkuService.COACHING, "/api/v1/providers/" + providerId + "/coaches/" + coachId,
                COORDINATOR).expect(200, "read the episode's coach").path("userId").asText();
        return new Caller("job-coach", providerBusinessId, userId);
    }

    void addProfessional(String municipalityCode, int n) {
        http.create(PolkuService.CASE_OWNER, "/api/v1/professionals", COORDINATOR, Map.of(
                "name", "Omatyöntekijä " + n, "organisation", "Päijät-Hämeen hyvinvointialue",
                "role", "SOCIAL_WELFARE_OWN_WORKER", "municipalities", List.of(municipalityCode),
                "maxCaseload", 500)).id("add professional");
    }

    void addTeam(Municipality municipality) {
        http.create(PolkuService.ASSESSMENT, "/api/v1/teams", COORDINATOR, Map.of(
                "name", municipality.name() + " työkykytiimi", "municipalityCode", municipality.code(),
                "area", municipality.name(), "members", List.of(
                        teamMember("Lääkäri " + municipality.name(), "PHYSICIAN"),
                        teamMember("Sosiaalityöntekijä " + municipality.name(), "SOCIAL_WORKER"))))
                .id("add team");
    }

    /** A coaching provider under an ELY centre's contract, with coaches; answers the provider's id. */
    String addProvider(String businessId, int coaches) {
        LocalDate today = LocalDate.now();
        String id = http.create(PolkuService.COACHING, "/api/v1/providers", COORDINATOR, Map.of(
                "name", "Valmennus " + businessId + " Oy", "organisationId", businessId,
                "contract", Map.of("elyCentre", "Hämeen ELY-keskus", "validFrom", today.minusYears(1).toString(),
                        "validUntil", today.plusYears(2).toString(), "startFee", 400, "guidanceFee", 800,
                        "resultFee", 2000))).id("add provider");
        for (int coach = 1; coach <= coaches; coach++) {
            http.create(PolkuService.COACHING, "/api/v1/providers/" + id + "/coaches", COORDINATOR, Map.of(
                    "name", "Valmentaja " + coach, "userId", "bench-coach-" + businessId + "-" + coach,
                    "fullTimeShare", 1.0, "maxCaseload", 100)).id("add coach");
        }
        return id;
    }

    UUID registerClient(Caller intakeWorker) {
        return UUID.fromString(registration(intakeWorker).id("register client"));
    }

    Reply registration(Caller intakeWorker) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return http.create(PolkuService.INTAKE, "/api/v1/clients", intakeWorker, Map.of(
                "identityCode", identityCodes.next(),
                "firstName", FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())),
                "lastName", LAST_NAMES.get(random.nextInt(LAST_NAMES.size())),
                "municipalityCode", Municipality.random().code(), "preferredLanguage", "fi",
                "phone", "+35840" + (1_000_000 + random.nextInt(9_000_000))));
    }

    Reply readClient(Caller intakeWorker, UUID clientId) {
        return http.get(PolkuService.INTAKE, "/api/v1/clients/" + clientId, intakeWorker);
    }

    /** The clientship straight from case-owner, as the gateway's EpisodeOfCare reads it. */
    Reply readClientship(Caller caller, UUID clientId) {
        return http.get(PolkuService.CASE_OWNER, "/api/v1/clients/" + clientId + "/case-owner", caller);
    }

    /** The same clientship as a FHIR EpisodeOfCare through the gateway, with the same caller's token. */
    Reply readEpisodeOfCare(Caller caller, UUID clientId) {
        return http.get(PolkuService.FHIR_GATEWAY, "/fhir/R4/EpisodeOfCare/" + clientId, caller);
    }

    boolean caseOwnerAssigned(UUID clientId) {
        Reply reply = http.get(PolkuService.CASE_OWNER, "/api/v1/clients/" + clientId + "/case-owner", COORDINATOR);
        return reply.status() == 200 && "ASSIGNED".equals(reply.body().path("status").asText());
    }

    /** The client's consent to exchange data with the provider for supported-employment coaching. */
    void grantCoachingConsent(Caller intakeWorker, UUID clientId, String providerBusinessId) {
        http.create(PolkuService.INTAKE, "/api/v1/clients/" + clientId + "/consents", intakeWorker, Map.of(
                "parties", List.of(
                        Map.of("organisation", providerBusinessId, "name", "Valmennus " + providerBusinessId + " Oy",
                                "role", "COACHING_PROVIDER"),
                        Map.of("organisation", COUNTY, "name", "Päijät-Hämeen hyvinvointialue",
                                "role", "SOCIAL_WELFARE_OWN_WORKER")),
                "purpose", "SUPPORTED_EMPLOYMENT_COACHING",
                "purposeDescription", "tarpeellisten tietojen vaihtaminen työhönvalmennuksessa",
                "validFrom", LocalDate.now().toString(), "validUntil", LocalDate.now().plusYears(1).toString(),
                "givenAs", "SIGNED_FORM")).id("grant consent");
    }

    /** A referral to coaching: 201 with the episode, or 403 while the coaching service has not seen the consent. */
    Reply referral(Caller referrer, UUID clientId, String providerId) {
        return http.create(PolkuService.COACHING, "/api/v1/coaching-episodes", referrer, Map.of(
                "clientId", clientId.toString(), "providerId", providerId,
                "referrerType", "SOCIAL_WELFARE_OWN_WORKER", "reason", "ready for supported employment"));
    }

    String episodeStatus(Caller reader, String episodeId) {
        JsonNode episode = http.get(PolkuService.COACHING, "/api/v1/coaching-episodes/" + episodeId, reader).body();
        return episode.path("status").asText();
    }

    Reply recordMeeting(Caller coach, String episodeId) {
        return http.create(PolkuService.COACHING, "/api/v1/coaching-episodes/" + episodeId + "/meetings", coach,
                Map.of("date", LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(30)).toString(),
                        "mode", "FACE_TO_FACE", "location", "CAFE", "topic", "job search: employers of interest",
                        "attendance", "HELD"));
    }

    /** A target-group screening of the client, by an intake worker in a care relationship with them. */
    Reply recordScreening(Caller intakeWorker, UUID clientId) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return http.create(PolkuService.INTAKE, "/api/v1/clients/" + clientId + "/screenings", intakeWorker, Map.of(
                "signals", List.of(), "monthsUnemployed", random.nextInt(36),
                "motivation", random.nextBoolean() ? "MOTIVATED" : "NOT_MOTIVATED"));
    }

    /** Answers the rebuild's result: startedAt, finishedAt, recordsRead, recordsFailed. */
    JsonNode rebuildProjections() {
        return http.post(PolkuService.REPORTING, "/api/v1/admin/projections/rebuild", COORDINATOR, Map.of(),
                Duration.ofMinutes(15)).expect(200, "rebuild projections");
    }

    private static Map<String, Object> teamMember(String name, String profession) {
        return Map.of("name", name, "profession", profession, "organisation", "Päijät-Hämeen hyvinvointialue");
    }
}
