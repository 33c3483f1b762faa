package fi.polku.intake.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.InvestigationKind;
import fi.polku.intake.domain.TeamBooking;
import fi.polku.intake.domain.TeamBookingKind;
import fi.polku.intake.messaging.IntakeEvents;
import fi.polku.intake.repository.ClientRecordKind;
import fi.polku.intake.repository.ClientRecords;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/** Coordination to the work-ability team: an appointment, or further investigations first. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TeamBookingService {

    private static final ClientRecordKind<TeamBooking> BOOKINGS = ClientRecordKind.of(TeamBooking.class, "Team booking",
            ClientRecordKind.moment("bookedAt", r -> r.bookedAt));

    private final ClientLookup lookup;
    private final ClientRecords records;
    private final IntakeEvents events;
    private final Caller caller;
    private final ServiceTime time;

    public TeamBookingService(ClientLookup lookup, ClientRecords records, IntakeEvents events, Caller caller,
            ServiceTime time) {
        this.lookup = lookup;
        this.records = records;
        this.events = events;
        this.caller = caller;
        this.time = time;
    }

    /** A booking: an appointment with a team, or the investigations to be done first (each by whom); and why. */
    public record Booking(TeamBookingKind kind, UUID teamId, OffsetDateTime appointmentAt,
            List<Investigation> investigations, String reason) {
    }

    public record Investigation(InvestigationKind kind, String investigation, String responsible) {
    }

    public TeamBooking book(UUID clientId, Booking request) {
        Client client = lookup.authorised(clientId, request.kind() == TeamBookingKind.TEAM_APPOINTMENT
                ? "book a work-ability team appointment" : "request further investigations");
        OffsetDateTime now = time.timestamp();
        check(request, now);
        TeamBooking booking = new TeamBooking();
        booking.id = UUID.randomUUID();
        booking.clientId = client.id;
        booking.kind = request.kind();
        booking.teamId = request.teamId();
        booking.appointmentAt = request.appointmentAt();
        if (request.investigations() != null) {
            request.investigations().forEach(i -> booking.investigations.add(
                    new TeamBooking.Investigation(i.kind(), i.investigation().strip(), i.responsible().strip())));
        }
        booking.reason = request.reason().strip();
        booking.bookedBy = caller.subject();
        booking.bookedAt = now;
        records.add(booking);
        events.teamBooked(booking);
        return booking;
    }

    public TeamBooking get(UUID clientId, UUID id) {
        Client client = lookup.authorised(clientId, "read a team booking");
        return records.require(BOOKINGS, client.id, id);
    }

    /** A page of the client's records, oldest first. */
    public Page<TeamBooking> list(UUID clientId, PageRequest page) {
        Client client = lookup.authorised(clientId, "read team bookings");
        return records.page(BOOKINGS, client.id, page);
    }

    private static void check(Booking request, OffsetDateTime now) {
        List<Violation> violations = new ArrayList<>();
        boolean hasInvestigations = request.investigations() != null && !request.investigations().isEmpty();
        if (request.kind() == TeamBookingKind.TEAM_APPOINTMENT) {
            if (request.teamId() == null) {
                violations.add(new Violation("teamId", "is required for a team appointment"));
            }
            if (request.appointmentAt() == null) {
                violations.add(new Violation("appointmentAt", "is required for a team appointment"));
            } else if (!request.appointmentAt().isAfter(now)) {
                violations.add(new Violation("appointmentAt", "must be in the future"));
            }
            if (hasInvestigations) {
                violations.add(new Violation("investigations",
                        "must be absent for a team appointment; use FURTHER_INVESTIGATIONS"));
            }
        } else {
            if (!hasInvestigations) {
                violations.add(new Violation("investigations", "must name at least one investigation"));
            }
            if (request.appointmentAt() != null) {
                violations.add(new Violation("appointmentAt",
                        "must be absent until the investigations are done; book the appointment then"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
