package fi.polku.testkit.demo;

import java.util.ArrayList;
import java.util.List;

import fi.polku.testkit.Tokens;
import fi.polku.testkit.county.BusinessIds;
import fi.polku.testkit.county.Municipality;

/**
 * The fictional county's people who sign in: named by role and number, never real persons. Their login subjects
 * are stable, so their tokens, the local sign-in page and a second load of the demo agree without asking anyone.
 */
public final class DemoStaff {

    static final String COUNTY_NAME = "Päijät-Hämeen hyvinvointialue (demo)";
    static final int CASE_OWNERS = 20;
    static final int COACHES_PER_PROVIDER = 4;
    static final int INTAKE_WORKERS = 3;

    static final DemoUser COORDINATOR = DemoUser.county("coordinator", "demo-coordinator", "Koordinaattori Kaisa Demo");
    static final DemoUser ANALYST = DemoUser.county("analyst", "demo-analyst", "Analyytikko Anni Demo");
    static final DemoUser AUDITOR = DemoUser.county("auditor", "demo-auditor", "Tarkastaja Tuomas Demo");

    /** The coaching providers (fictional names; valid business IDs of a series no real company uses here). */
    static final List<Provider> PROVIDERS = List.of(
            new Provider("Polunpää Valmennus Oy (demo)", BusinessIds.firstValidFrom(3_100_000)),
            new Provider("Kuvitteellinen Työpolku Oy (demo)", BusinessIds.firstValidFrom(3_100_100)),
            new Provider("Esimerkki-IPS Osuuskunta (demo)", BusinessIds.firstValidFrom(3_100_200)));

    record Provider(String name, String businessId) {
    }

    private DemoStaff() {
    }

    /** Everyone the local sign-in page offers, the analyst first. */
    public static List<DemoUser> all() {
        List<DemoUser> users = new ArrayList<>(List.of(ANALYST, COORDINATOR, AUDITOR));
        for (int n = 1; n <= INTAKE_WORKERS; n++) {
            users.add(intakeWorker(n));
        }
        for (int n = 1; n <= CASE_OWNERS; n++) {
            users.add(caseOwner(n));
        }
        for (Municipality municipality : Municipality.PAIJAT_HAME) {
            users.addAll(teamMembers(municipality));
        }
        for (Provider provider : PROVIDERS) {
            for (int n = 1; n <= COACHES_PER_PROVIDER; n++) {
                users.add(coach(provider, n));
            }
        }
        return users;
    }

    static DemoUser intakeWorker(int n) {
        return DemoUser.county("intake-worker", "demo-intake-" + n, "Palveluohjaaja " + n + " Demo");
    }

    static DemoUser caseOwner(int n) {
        return DemoUser.county("case-owner", "demo-case-owner-" + n, "Omatyöntekijä " + n + " Demo");
    }

    /** A physician, a social worker and a psychologist in each municipality's work-ability team. */
    static List<DemoUser> teamMembers(Municipality municipality) {
        return List.of(
                DemoUser.county("team-member", "demo-team-" + municipality.code() + "-1",
                        "Lääkäri " + municipality.name() + " Demo"),
                DemoUser.county("team-member", "demo-team-" + municipality.code() + "-2",
                        "Sosiaalityöntekijä " + municipality.name() + " Demo"),
                DemoUser.county("team-member", "demo-team-" + municipality.code() + "-3",
                        "Psykologi " + municipality.name() + " Demo"));
    }

    static DemoUser coach(Provider provider, int n) {
        return new DemoUser("job-coach", provider.businessId(), "demo-coach-" + provider.businessId() + "-" + n,
                "Työhönvalmentaja " + n + ", " + provider.name());
    }

    static String organisation() {
        return Tokens.DEFAULT_ORGANISATION;
    }
}
