package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.CareNetworkMember;
import fi.polku.caseowner.domain.CaseOwnerChangeReason;
import fi.polku.caseowner.domain.CaseOwnerReferral;
import fi.polku.caseowner.domain.ClosureReason;
import fi.polku.caseowner.domain.FollowUp;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.PlaceSource;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.domain.QueueReason;
import fi.polku.access.AccessFacts;
import fi.polku.access.AccessRelationshipEnded;
import fi.polku.access.AccessRelationshipOpened;
import fi.polku.access.RelationshipKind;
import fi.polku.platform.events.Topics;
import fi.polku.platform.outbox.Outbox;
import fi.polku.platform.servicemap.ServicePlace;

/**
 * The events of this service, each written to the outbox in the transaction of its state change; for those that open
 * or end access to a client (case owners, the care network), an access fact besides ({@link AccessFacts}).
 */
@ApplicationScoped
public class CaseOwnerEvents {

    private final Outbox outbox;
    private final AccessFacts accessFacts;

    public CaseOwnerEvents(Outbox outbox, AccessFacts accessFacts) {
        this.outbox = outbox;
        this.accessFacts = accessFacts;
    }

    public void assigned(UUID clientId, Professional owner, String rule, OffsetDateTime at) {
        outbox.publish(Topics.CASE_OWNER, "CaseOwnerAssigned", clientId, new CaseOwnerAssigned(clientId,
                owner.id, owner.userId, owner.role.name(), owner.organisation, rule, at));
        ownerHasAccess(clientId, owner, at);
    }

    public void changed(UUID clientId, Professional from, Professional to, CaseOwnerChangeReason reasonCode,
            String changedBy, OffsetDateTime at) {
        outbox.publish(Topics.CASE_OWNER, "CaseOwnerChanged", CaseOwnerChanged.VERSION, clientId,
                new CaseOwnerChanged(clientId, from == null ? null : from.id, from == null ? null : from.userId, to.id,
                        to.userId, to.role.name(), to.organisation, reasonCode, changedBy, at));
        ownerHasAccess(clientId, to, at);
    }

    /** The case owner, and no one else as case owner, has access to the client. */
    private void ownerHasAccess(UUID clientId, Professional owner, OffsetDateTime at) {
        accessFacts.publish(AccessRelationshipOpened.sole(clientId, RelationshipKind.CASE_OWNER, owner.id,
                owner.userId, at));
    }

    public void unavailable(KnownClient client, OffsetDateTime since) {
        outbox.publish(Topics.CASE_OWNER, "CaseOwnerUnavailable", client.clientId,
                new CaseOwnerUnavailable(client.clientId, client.municipalityCode, client.municipalityWithheld(),
                        QueueReason.of(client), since));
    }

    public void networkChanged(CareNetworkMember member, CareNetworkChanged.Change change, OffsetDateTime at) {
        outbox.publish(Topics.CASE_OWNER, "CareNetworkChanged", member.clientId, new CareNetworkChanged(
                member.clientId, change, new CareNetworkChanged.Member(member.id, member.professionalId,
                        member.userId, member.role.name(), member.organisation, member.validFrom, member.validUntil),
                at));
        accessFacts.publish(change == CareNetworkChanged.Change.ENDED
                ? AccessRelationshipEnded.at(member.clientId, RelationshipKind.CARE_NETWORK, member.id, at)
                : AccessRelationshipOpened.forDays(member.clientId, RelationshipKind.CARE_NETWORK, member.id,
                        member.userId, member.validFrom, member.validUntil, at));
    }

    public void closed(UUID clientId, ClosureReason reason, UUID ownerId, LocalDate followUpDue, Integer satisfaction,
            OffsetDateTime at) {
        outbox.publish(Topics.CASE_OWNER, "ClientshipClosed", clientId,
                new ClientshipClosed(clientId, reason.name(), ownerId, followUpDue, satisfaction, at));
    }

    public void followUpCompleted(FollowUp followUp) {
        outbox.publish(Topics.CASE_OWNER, "FollowUpCompleted", followUp.clientId, new FollowUpCompleted(
                followUp.clientId, followUp.id, followUp.outcome.name(), followUp.satisfaction, followUp.completedAt));
    }

    public void reopened(UUID clientId, UUID ownerId, OffsetDateTime at) {
        outbox.publish(Topics.CASE_OWNER, "ClientshipReopened", clientId,
                new ClientshipReopened(clientId, ownerId, at));
    }

    public void placeChanged(KnownClient client, ServicePlace previousPlace, PlaceSource source, OffsetDateTime at) {
        outbox.publish(Topics.CASE_OWNER, "ClientPlaceChanged", client.clientId, new ClientPlaceChanged(
                client.clientId, client.place, client.placeSince, previousPlace, source, at));
    }

    public void referralStatusChanged(CaseOwnerReferral referral) {
        outbox.publish(Topics.CASE_OWNER, "CaseOwnerReferralStatusChanged", referral.clientId,
                new CaseOwnerReferralStatusChanged(referral.id, referral.clientId, referral.episodeId,
                        referral.senderOrganisation, referral.sentBy, referral.reasonCode.name(),
                        referral.status.name(),
                        referral.declineReasonCode == null ? null : referral.declineReasonCode.name(),
                        referral.answerDueBy, referral.statusChangedAt));
    }
}
