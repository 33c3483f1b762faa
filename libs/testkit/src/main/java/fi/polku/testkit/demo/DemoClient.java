package fi.polku.testkit.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fi.polku.testkit.TestIdentityCodes;
import fi.polku.testkit.system.PolkuService;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import fi.polku.testkit.county.Municipality;

/**
 * One fictional client's path through the package, as far as their {@link Stage}: the intake worker registers
 * and screens them and books the team, the team assesses, the job coach coaches and records the job and the
 * outcome, the case owner closes the clientship. Every step is a call to a public API by the role that does it in
 * real life; the dates the APIs accept (referral received, interview, meetings, jobs) are spread over two years.
 */
final class DemoClient {

    /** How far along the path a client is. */
    enum Stage {
        REFERRED, SCREENED, TEAM_BOOKED, ASSESSED, COACHING, EMPLOYED, CLOSED
    }

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final Duration EVENTS_SEEN_WITHIN = Duration.ofSeconds(90);
    private static final List<String> FIRST_NAMES = List.of("Aino", "Eino", "Helmi", "Jarmo", "Kaisa", "Matti",
            "Niina", "Onni", "Pirjo", "Sami", "Tiina", "Veikko", "Ulla", "Raimo", "Leena", "Jussi");
    private static final List<String> LAST_NAMES = List.of("Esimerkki", "Kuvitelma", "Mallinen", "Demola",
            "Keksitty", "Harjoitus");
    private static final List<String> PHASES = List.of("ENGAGEMENT", "VOCATIONAL_PROFILE", "JOB_SEARCH",
            "EMPLOYER_AGREEMENT", "JOB_SUPPORT");
    private static final List<String> REFERRING_PARTIES = List.of("TE_SERVICES", "MUNICIPAL_EMPLOYMENT_SERVICES",
            "SELF_REFERRAL", "KELA", "SOCIAL_AND_HEALTH_SERVICES", "NGO", "OCCUPATIONAL_HEALTH_CARE",
            "YOUTH_SERVICES", "PENSION_INSTITUTION");

    private final int n;
    private final Stage stage;
    private final Municipality municipality;
    private final DemoStaff.Provider provider;
    private final int providerIndex;
    private final int daysAgo;
    private final Random random;
    private final DemoApi api;
    private final DemoReferenceData county;
    private final LocalDate today;
    private final DemoUser intakeWorker;
    private String clientId;
    private String episode;
    private String phase;

    DemoClient(int n, int count, DemoApi api, DemoReferenceData county, LocalDate today) {
        this.n = n;
        this.random = new Random(n);
        this.stage = stageOf(n);
        this.municipality = Municipality.ofClient(n, count);
        this.providerIndex = List.of(0, 0, 1, 1, 2).get(n % 5); // two larger providers and a smaller one
        this.provider = DemoStaff.PROVIDERS.get(providerIndex);
        // the further along the path, the longer ago the client came: the county has run the model two years
        int earliest = 1 + 20 * stage.ordinal();
        int latest = 120 + 100 * stage.ordinal();
        this.daysAgo = earliest + random.nextInt(latest - earliest);
        this.api = api;
        this.county = county;
        this.today = today;
        this.intakeWorker = DemoStaff.intakeWorker(1 + n % DemoStaff.INTAKE_WORKERS);
    }

    /** Seven stages in a fixed mix: 10 % referred, 15 % screened, 10 % booked, 15 % assessed, 20 %, 15 %, 15 %. */
    static Stage stageOf(int n) {
        int slot = (n * 7) % 20;
        int[] upTo = {2, 5, 7, 10, 14, 17, 20};
        for (int i = 0; ; i++) {
            if (slot < upTo[i]) {
                return Stage.values()[i];
            }
        }
    }

    void walk() {
        register();
        if (reached(Stage.SCREENED)) {
            screen();
        }
        if (reached(Stage.TEAM_BOOKED)) {
            String assessment = bookTeam();
            if (stage == Stage.TEAM_BOOKED && n % 3 == 0 && "SCHEDULED".equals(read(assessment).getString("status"))) {
                changeAssessment(assessment, "CLIENT_DID_NOT_ATTEND");
            }
            if (reached(Stage.ASSESSED)) {
                assess(assessment);
            }
        }
        if (reached(Stage.COACHING)) {
            coach();
        }
    }

    private boolean reached(Stage step) {
        return stage.compareTo(step) >= 0;
    }

    private String key(String step) {
        return "demo-" + step + "-" + n;
    }

    private LocalDate cameOn() {
        return today.minusDays(daysAgo);
    }

    /** A day {@code days} after the client came, never in the future. */
    private LocalDate later(int days) {
        LocalDate day = cameOn().plusDays(days);
        return day.isAfter(today) ? today : day;
    }

    private void register() {
        LocalDate born = LocalDate.of(1962, 1, 1).plusDays((n * 6_547L) % (40 * 365));
        String identityCode = TestIdentityCodes.of(born, 2 + n, born.getYear() >= 2000 ? 'A' : '-');
        clientId = api.create(PolkuService.INTAKE, intakeWorker, "/api/v1/clients", key("client"), Map.of(
                "identityCode", identityCode, "firstName", FIRST_NAMES.get(n % FIRST_NAMES.size()),
                "lastName", LAST_NAMES.get(n % LAST_NAMES.size()), "municipalityCode", municipality.code(),
                "preferredLanguage", n % 11 == 0 ? "sv" : "fi")).getString("id");
        String party = REFERRING_PARTIES.get(random.nextInt(REFERRING_PARTIES.size()));
        String channel = switch (party) {
            case "SELF_REFERRAL" -> "SELF_CONTACT";
            case "NGO" -> "THIRD_SECTOR_ENCOURAGEMENT";
            default -> "COOPERATION_NETWORK";
        };
        api.create(PolkuService.INTAKE, intakeWorker, clientPath("referrals"), key("referral"), Map.of(
                "channel", channel, "referringParty", party, "reason", "työkyvyn tuen tarve (demo)",
                "receivedAt", at(cameOn(), 9).toString()));
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(FINLAND).toOffsetDateTime();
    }

    private void screen() {
        api.create(PolkuService.INTAKE, intakeWorker, clientPath("initial-interviews"), key("interview"), Map.of(
                "interviewDate", later(7).toString(), "professionalName", intakeWorker.name(),
                "topics", List.of("SERVICE_GUIDANCE", "BENEFITS_COUNSELLING"),
                "summary", "alkuhaastattelu (demo)", "clientGoal", "työ tai koulutus (demo)"));
        List<String> signals = switch (n % 4) {
            case 0 -> List.of("UNASSESSED_HEALTH_PROBLEMS", "REPEATED_OR_LONG_TERM_UNEMPLOYMENT");
            case 1 -> List.of("PARTIAL_WORK_ABILITY", "NEEDS_SEVERAL_SERVICES");
            case 2 -> List.of("MISSING_UPPER_SECONDARY_EDUCATION", "UNCLEAR_OVERALL_SITUATION");
            default -> List.of("PARTIAL_WORK_ABILITY");
        };
        api.create(PolkuService.INTAKE, intakeWorker, clientPath("screenings"), key("screening"), Map.of(
                "signals", signals, "monthsUnemployed", 3 + random.nextInt(60),
                "motivation", n % 9 == 0 ? "AMBIVALENT" : "MOTIVATED"));
    }

    /** Books the municipality's team; the assessment service schedules the assessment from intake's event. */
    private String bookTeam() {
        api.create(PolkuService.INTAKE, intakeWorker, clientPath("team-bookings"), key("booking"), Map.of(
                "kind", "TEAM_APPOINTMENT", "teamId", county.team(municipality),
                "appointmentAt", at(today.plusDays(1 + n % 25), 9).toString(),
                "reason", "monialainen työkyvyn arvio (demo)"));
        DemoUser member = teamMember(0);
        Response listed = DemoApi.eventually("assessment of client " + clientId, EVENTS_SEEN_WITHIN,
                () -> api.as(PolkuService.ASSESSMENT, member).queryParam("clientId", clientId).get("/api/v1/assessments"),
                r -> r.statusCode() == 200 && !r.jsonPath().getList("items").isEmpty());
        return listed.jsonPath().getString("items[0].id");
    }

    private void changeAssessment(String assessment, String status) {
        api.postIfMatch(PolkuService.ASSESSMENT, teamMember(0), "/api/v1/assessments/" + assessment,
                "/api/v1/assessments/" + assessment + "/status-changes", Map.of("status", status));
    }

    private JsonPath read(String assessment) {
        return api.get(PolkuService.ASSESSMENT, teamMember(0), "/api/v1/assessments/" + assessment);
    }

    /**
     * The team's assessment up to its conclusion. A step already done (by a load that was interrupted) is not
     * repeated: these operations take no Idempotency-Key, so the state read first says what is left.
     */
    private void assess(String assessment) {
        JsonPath current = read(assessment);
        if ("SCHEDULED".equals(current.getString("status"))) {
            changeAssessment(assessment, "IN_PROGRESS");
        }
        String path = "/api/v1/assessments/" + assessment;
        boolean concluded = "CONCLUDED".equals(current.getString("status"));
        if (!concluded) {
            recordKykyviisari(path, later(30), 4);
        }
        List<String> professions = List.of("PHYSICIAN", "SOCIAL_WORKER");
        List<String> evaluated = current.getList("evaluations.profession", String.class);
        String estimate = n % 5 == 0 ? "TEMPORARILY_UNABLE_TO_WORK" : "PARTIALLY_ABLE_TO_WORK";
        for (int i = 0; i < professions.size() && !concluded; i++) {
            if (evaluated == null || !evaluated.contains(professions.get(i))) {
                api.record(PolkuService.ASSESSMENT, teamMember(i), path + "/professional-evaluations",
                        evaluation(professions.get(i), teamMember(i), estimate));
            }
        }
        boolean toCoaching = reached(Stage.COACHING);
        if (toCoaching) {
            grantCoachingConsent();
            referToCoaching(intakeWorker, "WORK_ABILITY_TEAM");
        } else if (n % 6 == 3) {
            // no consent yet: the referral waits, a gap the case owner who made it sees
            referToCoaching(caseOwner(), "CASE_OWNER");
        }
        String service = toCoaching ? "SUPPORTED_EMPLOYMENT_COACHING"
                : n % 5 == 0 ? "MEDICAL_REHABILITATION" : "WORK_TRIAL";
        if (!concluded) {
            conclude(path, estimate, professions, service);
        }
        if (reached(Stage.EMPLOYED)) {
            recordKykyviisari(path, today, 6);
        }
    }

    /** One response per client, instrument and day: a 409 is the one an earlier load recorded. */
    private void recordKykyviisari(String path, LocalDate day, int level) {
        Response response = api.as(PolkuService.ASSESSMENT, teamMember(0)).body(Map.of("instrument", "kykyviisari",
                "instrumentVersion", 1, "timePoint", day.toString(), "answers", kykyviisari(level)))
                .post(path + "/instrument-responses");
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("POST " + path + "/instrument-responses answered " + response.statusCode()
                    + ": " + response.asString());
        }
    }

    private void conclude(String path, String estimate, List<String> professions, String service) {
        api.postIfMatch(PolkuService.ASSESSMENT, teamMember(0), path, path + "/conclusion", Map.of(
                "workAbilityEstimate", estimate, "agreedProfessions", professions,
                "supportPlan", Map.of("goals", List.of("työelämään paluu omien voimavarojen mukaan (demo)"),
                        "recommendations", List.of(Map.of("service", service,
                                "responsibleOrganisation", DemoStaff.COUNTY_NAME, "targetDate", today.plusMonths(1)
                                        .toString(), "providerOrganisation", provider.businessId())),
                        "followUpDate", today.plusMonths(3).toString(),
                        "caseOwner", Map.of("name", "asiakasvastaava (demo)", "organisation", DemoStaff.COUNTY_NAME,
                                "role", "SOCIAL_WELFARE_OWN_WORKER"))));
    }

    /** Kykyviisari's summary scales around {@code level} (0-10, 10 best). */
    private Map<String, Object> kykyviisari(int level) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String scale : List.of("social-inclusion", "mental-resources", "everyday-activities",
                "cognitive-skills", "physical-functioning", "work-ability")) {
            answers.put(scale, Math.max(0, Math.min(10, level + random.nextInt(3) - 1)));
        }
        return answers;
    }

    private Map<String, Object> evaluation(String profession, DemoUser evaluator, String estimate) {
        return Map.ofEntries(Map.entry("profession", profession), Map.entry("evaluatorName", evaluator.name()),
                Map.entry("physicalFunctioning", "ikätasoinen (demo)"),
                Map.entry("mentalFunctioning", "kuormittunut, toipumassa (demo)"),
                Map.entry("cognitiveFunctioning", "ei merkittäviä rajoitteita (demo)"),
                Map.entry("socialFunctioning", "hyvä tukiverkosto (demo)"),
                Map.entry("helpingFactors", "motivaatio (demo)"), Map.entry("hinderingFactors", "pitkä työttömyys (demo)"),
                Map.entry("workAbilityView", estimate), Map.entry("evaluatedOn", later(30).toString()));
    }

    private void grantCoachingConsent() {
        api.create(PolkuService.INTAKE, intakeWorker, clientPath("consents"), key("consent"), Map.of(
                "parties", List.of(
                        Map.of("organisation", provider.businessId(), "name", provider.name(),
                                "role", "COACHING_PROVIDER"),
                        Map.of("organisation", DemoStaff.organisation(), "name", DemoStaff.COUNTY_NAME,
                                "role", "SOCIAL_WELFARE_OWN_WORKER")),
                "purpose", "SUPPORTED_EMPLOYMENT_COACHING",
                "purposeDescription", "tarpeellisten tietojen vaihtaminen työhönvalmennuksessa",
                "validFrom", today.toString(), "validUntil", today.plusYears(2).toString(), "givenAs", "SIGNED_FORM"));
    }

    /** Refused (403) until coaching has seen the consent from intake's events; as a real client, retry a while. */
    private void referToCoaching(DemoUser referrer, String referrerType) {
        Response referred = DemoApi.eventually("referral of client " + clientId + " to coaching", EVENTS_SEEN_WITHIN,
                () -> api.as(PolkuService.COACHING, referrer).header("Idempotency-Key", key("coaching"))
                        .body(Map.of("clientId", clientId, "providerId", county.providerId(providerIndex),
                                "referrerType", referrerType, "reason", "valmis tuettuun työllistymiseen (demo)"))
                        .post("/api/v1/coaching-episodes"),
                r -> r.statusCode() != 403 && r.statusCode() != 404);
        if (referred.statusCode() != 201) {
            throw new IllegalStateException("referral to coaching answered " + referred.statusCode() + ": "
                    + referred.asString());
        }
        episode = referred.jsonPath().getString("id");
    }

    private void coach() {
        String path = "/api/v1/coaching-episodes/" + episode;
        JsonPath started = DemoApi.eventually("coaching episode " + episode + " to start", EVENTS_SEEN_WITHIN,
                () -> api.as(PolkuService.COACHING, intakeWorker).get(path),
                r -> r.statusCode() == 200 && "ACTIVE".equals(r.jsonPath().getString("status"))).jsonPath();
        DemoUser coach = county.coach(started.getString("coachId"));
        phase = started.getString("phase");
        api.create(PolkuService.INTAKE, intakeWorker, clientPath("readiness-checklists"), key("readiness"), Map.of(
                "items", List.of(Map.of("sign", "WANTS_AND_IS_READY_TO_MOVE_ON", "status", "MET"),
                        Map.of("sign", "DAILY_RHYTHM", "status", "MET"),
                        Map.of("sign", "THREE_TO_FOUR_ACTIVITY_DAYS_A_WEEK", "status", n % 3 == 0 ? "NOT_MET" : "MET"))));
        phase(coach, "VOCATIONAL_PROFILE");
        for (int meeting = 0; meeting < 3; meeting++) {
            api.create(PolkuService.COACHING, coach, path + "/meetings", key("meeting-" + meeting), Map.of(
                    "date", later(40 + 14 * meeting).toString(), "mode", meeting == 1 ? "REMOTE" : "FACE_TO_FACE",
                    "location", meeting == 1 ? "REMOTE" : List.of("CAFE", "LIBRARY", "REHABILITATIVE_WORKSHOP").get(n % 3),
                    "topic", meeting == 0 ? "ammatillinen profiili (demo)" : "työnhaku (demo)", "attendance",
                    meeting == 2 && n % 7 == 0 ? "NO_SHOW" : "HELD"));
        }
        phase(coach, "JOB_SEARCH");
        String coachPath = "/api/v1/coaches/" + started.getString("coachId") + "/employer-contacts";
        api.create(PolkuService.COACHING, coach, coachPath, key("employer-contact"), Map.of(
                "employerName", "Esimerkkiyritys " + (1 + n % 12) + " Oy (demo)", "date", later(60).toString(),
                "faceToFace", true, "clientIds", List.of(clientId), "basedOnClientPreferences", true,
                "purpose", "työpaikan kartoitus (demo)"));
        if (!reached(Stage.EMPLOYED)) {
            return;
        }
        phase(coach, "EMPLOYER_AGREEMENT");
        boolean openMarket = openMarket();
        String job = api.create(PolkuService.COACHING, coach, path + "/jobs", key("job"), Map.of(
                "kind", "EMPLOYMENT", "employerName", "Esimerkkiyritys " + (1 + n % 12) + " Oy (demo)",
                "title", List.of("varastotyöntekijä", "kiinteistöhuoltaja", "kokki", "asiakaspalvelija").get(n % 4),
                "occupation", List.of("9333", "5153", "5120", "4222").get(n % 4),
                "startDate", later(90).toString(), "hoursPerWeek", 20 + 5 * (n % 4), "openLabourMarket", openMarket,
                "permanent", n % 3 != 0, "wageAtLeastCollectiveAgreement", true)).getString("id");
        phase(coach, "JOB_SUPPORT");
        if (reached(Stage.CLOSED)) {
            recordOutcome(coach, path, openMarket, job);
        }
    }

    /** Moves the episode on to {@code next}, unless it is there or further already. */
    private void phase(DemoUser coach, String next) {
        if (PHASES.indexOf(next) <= PHASES.indexOf(phase)) {
            return;
        }
        api.post(PolkuService.COACHING, coach, "/api/v1/coaching-episodes/" + episode + "/phase-transitions",
                Map.of("toPhase", next));
        phase = next;
    }

    private void recordOutcome(DemoUser coach, String path, boolean openMarket, String job) {
        String outcome = openMarket ? "PAID_WORK" : "PAY_SUBSIDISED_WORK";
        Map<String, Object> recorded = new LinkedHashMap<>(Map.of("outcome", outcome, "date", today.toString(),
                "satisfaction", 6 + n % 5));
        if (openMarket) {
            recorded.put("jobId", job); // paid work names the open-labour-market job it rests on
        }
        api.create(PolkuService.COACHING, coach, path + "/outcomes", key("outcome"), recorded);
        closeClientship();
    }

    private boolean openMarket() {
        return n % 5 != 0;
    }

    private void closeClientship() {
        DemoUser owner = caseOwner();
        if (!api.get(PolkuService.CASE_OWNER, owner, clientPath("case-owner")).getBoolean("clientshipOpen")) {
            return;
        }
        api.post(PolkuService.CASE_OWNER, owner, clientPath("closure"),
                Map.of("reason", openMarket() ? "EMPLOYED_OPEN_LABOUR_MARKET" : "PAY_SUBSIDISED_WORK",
                        "followUpInMonths", 1 + n % 3, "satisfaction", 5 + n % 6,
                        "feedback", "Sain tukea oikeaan aikaan"));
    }

    /** The case owner the assignment rules gave the client (case-owner learns of the client from intake's events). */
    private DemoUser caseOwner() {
        JsonPath owner = DemoApi.eventually("case owner of client " + clientId, EVENTS_SEEN_WITHIN,
                () -> api.as(PolkuService.CASE_OWNER, DemoStaff.COORDINATOR).get(clientPath("case-owner")),
                r -> r.statusCode() == 200 && "ASSIGNED".equals(r.jsonPath().getString("status"))).jsonPath();
        DemoUser demoOwner = county.caseOwner(owner.getString("caseOwner.id"));
        if (demoOwner != null) {
            return demoOwner;
        }
        // a system that holds other data too (the system tests') may have given the client someone else's worker
        String ours = county.caseOwnerServing(municipality, n);
        api.putIfMatch(PolkuService.CASE_OWNER, DemoStaff.COORDINATOR, clientPath("case-owner"), Map.of(
                "professionalId", ours, "reasonCode", "CASELOAD_BALANCING",
                "reason", "The demo county's own case owner for the municipality",
                "handoverNote", "Fictional demo client"));
        return county.caseOwner(ours);
    }

    private DemoUser teamMember(int i) {
        return DemoStaff.teamMembers(municipality).get(i);
    }

    private String clientPath(String rest) {
        return "/api/v1/clients/" + clientId + "/" + rest;
    }
}
