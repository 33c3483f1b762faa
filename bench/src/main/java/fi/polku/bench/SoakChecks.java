package fi.polku.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fi.polku.testkit.system.PolkuService;

/**
 * After the soak, on the idle system: the effects of every accepted request counted in the services' own
 * databases, each as expected against found. Accepted ids are the ids of the 201 answers. A request sent but never
 * answered (timed out, connection closed) may or may not have been applied, so a count of everything written
 * during the soak may exceed the accepted count by at most the unanswered requests of that kind. Each consumer
 * records an event id in {@code processed_event} (primary key consumer and event id) in the transaction of its
 * effect, so an event applied twice would show as a second effect row (a second case owner change, a second
 * reporting fact), which these counts would see.
 */
final class SoakChecks {

    /** One check: the service whose database was counted, what, the expected figure, the found one. */
    record Check(String service, String what, String expected, long found, boolean ok) {
    }

    private static final String ANY_UUID = " = ANY (string_to_array(?, ',')::uuid[])";
    private static final String ANY_TEXT = " = ANY (string_to_array(?, ','))";

    private final Postgres postgres;
    private final OffsetDateTime from;
    private final OffsetDateTime to;
    private final List<Check> checks = new ArrayList<>();

    SoakChecks(Postgres postgres, Instant from, Instant to) {
        this.postgres = postgres;
        this.from = from.atOffset(ZoneOffset.UTC);
        this.to = to.atOffset(ZoneOffset.UTC);
    }

    List<Check> run(List<String> registrations, List<String> screenings, List<String> meetings,
            int unansweredRegistrations, int unansweredScreenings, int unansweredMeetings) {
        String clients = String.join(",", registrations);
        int n = registrations.size();
        String intake = PolkuService.INTAKE.database();
        exactly(PolkuService.INTAKE, "client rows of the accepted registrations", n,
                count(intake, "SELECT count(*) FROM client WHERE id" + ANY_UUID, clients));
        atMost(PolkuService.INTAKE, "clients registered during the soak (accepted + unanswered at most)", n,
                unansweredRegistrations, count(intake, "SELECT count(*) FROM client WHERE registered_at BETWEEN ? AND ?",
                        from, to));
        String registered = "FROM outbox_event WHERE type LIKE '%.ClientRegistered.%' AND aggregateid" + ANY_TEXT;
        exactly(PolkuService.INTAKE, "ClientRegistered events in the outbox for them, all sent", n,
                count(intake, "SELECT count(*) " + registered + " AND sent_at IS NOT NULL", clients));
        String eventIds = postgres.text(intake, "SELECT coalesce(string_agg(id::text, ','), '') " + registered, clients);

        String caseOwner = PolkuService.CASE_OWNER.database();
        exactly(PolkuService.CASE_OWNER, "accepted clients with a case owner", n, count(caseOwner,
                "SELECT count(DISTINCT client_id) FROM case_owner_change WHERE to_professional_id IS NOT NULL "
                        + "AND client_id" + ANY_UUID, clients));
        exactly(PolkuService.CASE_OWNER, "case owner changes of them (one assignment each)", n, count(caseOwner,
                "SELECT count(*) FROM case_owner_change WHERE client_id" + ANY_UUID, clients));
        for (PolkuService service : List.of(PolkuService.ASSESSMENT, PolkuService.COACHING)) {
            exactly(service, "known clients of them", n, count(service.database(),
                    "SELECT count(*) FROM known_client WHERE client_id" + ANY_UUID, clients));
        }
        String reporting = PolkuService.REPORTING.database();
        exactly(PolkuService.REPORTING, "client flow rows counting them once (registered, case owner assigned, no "
                + "change)", n, count(reporting, "SELECT count(*) FROM client_flow WHERE registered_at IS NOT NULL "
                        + "AND case_owner_assigned_at IS NOT NULL AND case_owner_changes = 0 AND client_id" + ANY_UUID,
                        clients));
        for (String type : List.of("ClientRegistered", "CaseOwnerAssigned")) {
            exactly(PolkuService.REPORTING, type + " export facts of them", n, count(reporting,
                    "SELECT count(*) FROM export_fact WHERE type = ? AND client_id" + ANY_UUID, type, clients));
        }
        for (PolkuService service : PolkuService.all()) {
            processedBy(service, eventIds).forEach((consumer, found) -> exactly(service,
                    "their ClientRegistered events processed by " + consumer, n, found));
        }

        String screened = String.join(",", screenings);
        int s = screenings.size();
        exactly(PolkuService.INTAKE, "screening rows of the accepted screenings", s,
                count(intake, "SELECT count(*) FROM screening WHERE id" + ANY_UUID, screened));
        atMost(PolkuService.INTAKE, "screenings completed during the soak (accepted + unanswered at most)", s,
                unansweredScreenings, count(intake,
                        "SELECT count(*) FROM screening WHERE completed_at BETWEEN ? AND ?", from, to));
        exactly(PolkuService.REPORTING, "ScreeningCompleted export facts of them", s, count(reporting,
                "SELECT count(*) FROM export_fact WHERE type = 'ScreeningCompleted' AND fields->>'screeningId'"
                        + ANY_TEXT, screened));

        String recorded = String.join(",", meetings);
        int m = meetings.size();
        String coaching = PolkuService.COACHING.database();
        exactly(PolkuService.COACHING, "meeting rows of the accepted meetings", m,
                count(coaching, "SELECT count(*) FROM meeting WHERE id" + ANY_UUID, recorded));
        atMost(PolkuService.COACHING, "meetings recorded during the soak (accepted + unanswered at most)", m,
                unansweredMeetings, count(coaching, "SELECT count(*) FROM meeting WHERE created_at BETWEEN ? AND ?",
                        from, to));
        return List.copyOf(checks);
    }

    private void exactly(PolkuService service, String what, long expected, long found) {
        checks.add(new Check(service.module(), what, Long.toString(expected), found, found == expected));
    }

    private void atMost(PolkuService service, String what, long expected, long unanswered, long found) {
        checks.add(new Check(service.module(), what,
                unanswered == 0 ? Long.toString(expected) : expected + " to " + (expected + unanswered), found,
                found >= expected && found <= expected + unanswered));
    }

    private long count(String database, String sql, Object... parameters) {
        return postgres.count(database, sql, parameters);
    }

    /** Per consumer in the service's database: how many of the events it recorded as processed. */
    private Map<String, Long> processedBy(PolkuService service, String eventIds) {
        Map<String, Long> byConsumer = new TreeMap<>();
        try (Connection connection = postgres.connect(service.database());
             PreparedStatement statement = connection.prepareStatement("SELECT consumer, count(*) FROM "
                     + "processed_event WHERE event_id" + ANY_TEXT + " GROUP BY consumer")) {
            statement.setString(1, eventIds);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    byConsumer.put(result.getString(1), result.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service.database() + ": processed_event", e);
        }
        return byConsumer;
    }
}
