package fi.polku.reporting.messaging;

import static fi.polku.reporting.messaging.ProjectionSql.nullable;
import static fi.polku.reporting.messaging.ProjectionSql.params;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

/** Projects the case-owner-service's events: owners and their changes, the care network, clientship closing. */
@ApplicationScoped
class CaseOwnerProjection implements Projection {

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
                "fi.polku.case-owner.ClientshipReopened.v1", this::reopened);
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
    }

    private void closed(EventData e) {
        sql.updateClient(e.clientId(), "closed_at = :closedAt, closed_reason = :reason, follow_up_due = :followUpDue",
                params("closedAt", e.at("closedAt"), "reason", nullable(e.text("reason"), String.class),
                        "followUpDue", nullable(e.date("followUpDue"), LocalDate.class)));
    }

    private void reopened(EventData e) {
        sql.updateClient(e.clientId(), "closed_at = NULL, closed_reason = NULL, follow_up_due = NULL, reopened_count = reopened_count + 1",
                Map.of());
    }
}
