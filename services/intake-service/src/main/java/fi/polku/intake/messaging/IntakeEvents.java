package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.access.AccessConsentInForce;
import fi.polku.access.AccessConsentWithdrawn;
import fi.polku.access.AccessFacts;
import fi.polku.access.AccessRecordsMerged;
import fi.polku.intake.domain.AgeBand;
import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.Consent;
import fi.polku.intake.domain.ConsentWithdrawal;
import fi.polku.intake.domain.ReadinessChecklist;
import fi.polku.intake.domain.ReadinessGroup;
import fi.polku.intake.domain.ReadinessSummary;
import fi.polku.intake.domain.Referral;
import fi.polku.intake.domain.Screening;
import fi.polku.intake.domain.TeamBooking;
import fi.polku.intake.domain.TeamBookingKind;
import fi.polku.platform.events.Topics;
import fi.polku.platform.outbox.Outbox;
import fi.polku.platform.time.ServiceTime;

/**
 * The intake service's events, written to the outbox in the caller's transaction; for consents and merges, which open
 * and end access to a client, an access fact besides ({@link AccessFacts}).
 */
@ApplicationScoped
public class IntakeEvents {

    private final Outbox outbox;
    private final AccessFacts accessFacts;

    public IntakeEvents(Outbox outbox, AccessFacts accessFacts) {
        this.outbox = outbox;
        this.accessFacts = accessFacts;
    }

    public void clientRegistered(Client client) {
        outbox.publish(Topics.INTAKE, "ClientRegistered", client.id, new ClientRegistered(client.id,
                client.disclosedMunicipalityCode(), client.underNonDisclosure(),
                AgeBand.of(client.birthDate, ServiceTime.dayOf(client.registeredAt)), client.preferredLanguage,
                client.temporaryIdentityCode, client.clientGroup, client.jobSeekerRegistration, client.registeredAt));
    }

    public void clientDetailsChanged(Client client) {
        outbox.publish(Topics.INTAKE, "ClientDetailsChanged", client.id, new ClientDetailsChanged(client.id,
                client.disclosedMunicipalityCode(), client.underNonDisclosure(), client.preferredLanguage,
                client.clientGroup, client.jobSeekerRegistration,
                client.updatedAt));
    }

    public void clientsMerged(UUID keptId, UUID mergedId, OffsetDateTime mergedAt) {
        outbox.publish(Topics.INTAKE, "ClientsMerged", keptId, new ClientsMerged(keptId, mergedId, mergedAt));
        accessFacts.publish(new AccessRecordsMerged(keptId, mergedId, mergedAt));
    }

    public void referralReceived(Referral referral) {
        outbox.publish(Topics.INTAKE, "ReferralReceived", referral.clientId, new ReferralReceived(referral.clientId,
                referral.id, referral.channel, referral.referringParty, referral.referrerOrganisation,
                referral.receivedAt));
    }

    public void screeningCompleted(Screening screening) {
        outbox.publish(Topics.INTAKE, "ScreeningCompleted", screening.clientId, new ScreeningCompleted(
                screening.clientId, screening.id, screening.segment, screening.derivedSegment, screening.overridden(),
                screening.signalCodes(), screening.monthsUnemployed, screening.completedAt, screening.motivation,
                screening.rule, screening.decisiveSignals()));
    }

    public void teamBooked(TeamBooking booking) {
        if (booking.kind == TeamBookingKind.TEAM_APPOINTMENT) {
            outbox.publish(Topics.INTAKE, "WorkAbilityTeamBooked", booking.clientId, new WorkAbilityTeamBooked(
                    booking.clientId, booking.id, booking.teamId, booking.appointmentAt, booking.bookedAt));
        } else {
            outbox.publish(Topics.INTAKE, "FurtherInvestigationRequested", FurtherInvestigationRequested.VERSION,
                    booking.clientId, new FurtherInvestigationRequested(booking.clientId, booking.id,
                            booking.investigations.stream()
                                    .map(i -> new FurtherInvestigationRequested.Investigation(i.kind)).toList(),
                            booking.bookedAt));
        }
    }

    public void consentGranted(Consent consent) {
        outbox.publish(Topics.INTAKE, "ConsentGranted", consent.clientId, new ConsentGranted(consent.clientId,
                consent.id, parties(consent), consent.purpose, consent.validFrom, consent.validUntil,
                consent.grantedAt, consent.givenAs));
        accessFacts.publish(new AccessConsentInForce(consent.clientId, consent.id, organisations(consent),
                consent.purpose.name(), consent.validFrom, consent.validUntil, consent.grantedAt));
    }

    public void consentWithdrawn(Consent consent, ConsentWithdrawal withdrawal) {
        outbox.publish(Topics.INTAKE, "ConsentWithdrawn", consent.clientId, new ConsentWithdrawn(
                consent.clientId, consent.id, parties(consent), withdrawal.withdrawnFrom, withdrawal.withdrawnAt,
                consent.purpose));
        accessFacts.publish(new AccessConsentWithdrawn(consent.clientId, consent.id, organisations(consent),
                withdrawal.effectiveFrom(), withdrawal.withdrawnAt));
    }

    public void readinessAssessed(ReadinessChecklist checklist) {
        ReadinessSummary summary = checklist.summary();
        Map<String, ReadinessAssessed.GroupCounts> groups = new LinkedHashMap<>();
        for (ReadinessGroup group : ReadinessGroup.values()) {
            ReadinessSummary.Counts counts = summary.groups().get(group);
            groups.put(group.key(), new ReadinessAssessed.GroupCounts(counts.met(), counts.notMet(), counts.unknown()));
        }
        outbox.publish(Topics.INTAKE, "ReadinessAssessed", checklist.clientId, new ReadinessAssessed(
                checklist.clientId, checklist.id, groups, summary.total().met(), summary.total().notMet(),
                summary.total().unknown(), checklist.assessedAt));
    }

    private static List<String> organisations(Consent consent) {
        return consent.parties.stream().map(p -> p.organisation).toList();
    }

    private static List<ConsentParty> parties(Consent consent) {
        return consent.parties.stream().map(p -> new ConsentParty(p.organisation, p.role, p.name)).toList();
    }
}
