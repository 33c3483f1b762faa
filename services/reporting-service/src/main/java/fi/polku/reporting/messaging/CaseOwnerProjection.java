package fi.polku.reporting.messaging;

import static fi.polku.reporting.messaging.ProjectionSql.nullable;
import static fi.polku.reporting.messaging.ProjectionSql.params;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Projects the case-owner-service's events: owners and their changes, the care network (and the peer coaches in it),
 * clientship closing, the client's place on the service map.
 */
@ApplicationScoped
class CaseOwnerProjection implements Projection {

    static final String PEER_COACH = "PEER_COACH";

    private final ProjectionSql sql;

    CaseOwnerProjection(ProjectionSql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Consumer<EventData>> handlers() {
        return Map.of(
                "fi.polku.case-owner.CaseOwnerAssigned.v1", this::assigned,
                "fi.polku.case-owner.CaseOwnerChanged.v1", this::changed,
                "fi.polku.case-owner.CaseOwnerChanged.v2", this::changed,
                "fi.polku.case-owner.CaseOwnerUnavailable.v1", this::unavailable,
                "fi.polku.case-owner.CareNetworkChanged.v1", this::careNetworkChanged,
                "fi.polku.case-owner.ClientshipClosed.v1", this::closed,
                "fi.polku.case-owner.ClientshipReopened.v1", this::reopened,
                "fi.polku.case-owner.ClientPlaceChanged.v1", this::placeChanged,
                "fi.polku.case-owner.FollowUpCompleted.v1", this::followUpCompleted);
    }

    private void assigned(EventData e) {
        sql.updateClient(e.clientId(), """
                case_owner_assigned_at = LEAST(case_owner_assigned_at, :assignedAt),
                current_case_owner = :owner, case_owner_unavailable_at = NULL""",
                params("assignedAt", e.at("assignedAt"),
                        "owner", nullable(e.uuidOrNull("professionalId"), UUID.class)));
    }

    private void changed(EventData e) {
        sql.updateClient(e.clientId(), """
                case_owner_changes = case_owner_changes + 1,
                current_case_owner = :owner, case_owner_unavailable_at = NULL""",
                params("owner", nullable(e.uuidOrNull("toProfessionalId"), UUID.class)));
    }

    private void unavailable(EventData e) {
        sql.updateClient(e.clientId(), "case_owner_unavailable_at = :since, current_case_owner = NULL",
                Map.of("since", e.at("since")));
    }

    /** A member leaving the client's care network is a hand-over between services, counted in the ping-pong index. */
    private void careNetworkChanged(EventData e) {
        boolean ended = "ENDED".equalsIgnoreCase(e.text("change"));
        sql.updateClient(e.clientId(), ended
                ? "care_network_size = GREATEST(care_network_size - 1, 0), service_transfers = service_transfers + 1"
                : "care_network_size = care_network_size + 1", Map.of());
        EventData member = e.nested("member");
        if (PEER_COACH.equals(member.text("role"))) {
            peerSupport(e.clientId(), member);
        }
    }

    /** A peer coach's membership, as the latest event of it says; its end comes with the ENDED event. */
    private void peerSupport(UUID clientId, EventData member) {
        sql.execute(clientId, """
                INSERT INTO peer_support (member_id, client_id, from_date, until_date)
                VALUES (:member, :client, :from, :until)
                ON CONFLICT (member_id) DO UPDATE SET from_date = EXCLUDED.from_date,
                    until_date = COALESCE(EXCLUDED.until_date, peer_support.until_date)""",
                params("member", memberId(member), "client", clientId,
                        "from", member.day("from"), "until", nullable(member.date("until"), LocalDate.class)));
    }

    private static UUID memberId(EventData member) {
        member.required("memberId");
        return member.uuidOrNull("memberId");
    }

    private void closed(EventData e) {
        sql.updateClient(e.clientId(), "closed_at = :closedAt, closed_reason = :reason, follow_up_due = :followUpDue",
                params("closedAt", e.at("closedAt"), "reason", nullable(e.text("reason"), String.class),
                        "followUpDue", nullable(e.date("followUpDue"), LocalDate.class)));
        packageSatisfaction("closure:" + e.event().id(), e, "CLOSURE", e.at("closedAt"));
    }

    private void followUpCompleted(EventData e) {
        packageSatisfaction(e.required("followUpId"), e, "FOLLOW_UP", e.at("completedAt"));
    }

    /** The client's score for the whole service package, when the event carries one. */
    private void packageSatisfaction(String answerId, EventData e, String occasion, OffsetDateTime at) {
        Integer score = e.integer("satisfaction");
        if (score == null) {
            return;
        }
        sql.execute(e.clientId(), """
                INSERT INTO package_satisfaction (answer_id, client_id, occasion, score, answered_at)
                VALUES (:answer, :client, :occasion, :score, :at) ON CONFLICT (answer_id) DO NOTHING""",
                Map.of("answer", answerId, "client", e.clientId(), "occasion", occasion, "score", score, "at", at));
    }

    private void reopened(EventData e) {
        sql.updateClient(e.clientId(), "closed_at = NULL, closed_reason = NULL, follow_up_due = NULL, reopened_count = reopened_count + 1",
                Map.of());
    }

    /**
     * The client's place now. A case owner may back-date an entry to before the place the client is recorded in:
     * the place with the latest day stays (on the same day the later event wins).
     */
    private void placeChanged(EventData e) {
        sql.updateClient(e.clientId(), """
                place = CASE WHEN place_since IS NULL OR place_since <= :since THEN :place ELSE place END,
                place_since = GREATEST(place_since, :since)""",
                Map.of("place", e.required("place"), "since", e.day("since")));
    }
}
