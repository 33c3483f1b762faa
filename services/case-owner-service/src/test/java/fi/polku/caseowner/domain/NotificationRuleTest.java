package fi.polku.caseowner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class NotificationRuleTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aDeclinedReferralNotifiesTheCaseOwnerAndTheSenderWithTheReasonCodeAnAcceptedOneTheSenderOtherMovesNobody() {
        ObjectNode declined = mapper.createObjectNode().put("referralId", "5f0c1c8e-4f7b-4c1e-9c55-0a4c3a1c2b11")
                .put("status", "DECLINED").put("reasonCode", "NO_CAPACITY");
        assertThat(NotificationRule.forEvent("CoachingReferralStatusChanged", declined))
                .contains(NotificationRule.REFERRAL_DECLINED);
        assertThat(NotificationRule.REFERRAL_DECLINED.recipient())
                .isEqualTo(NotificationRule.Recipient.CASE_OWNER_AND_REFERRAL_SENDER);
        assertThat(NotificationRule.REFERRAL_DECLINED.code(declined)).contains("NO_CAPACITY");
        assertThat(NotificationRule.REFERRAL_DECLINED.reference(declined))
                .contains("5f0c1c8e-4f7b-4c1e-9c55-0a4c3a1c2b11");

        ObjectNode accepted = declined.deepCopy().put("status", "ACCEPTED");
        accepted.putNull("reasonCode");
        assertThat(NotificationRule.forEvent("CoachingReferralStatusChanged", accepted))
                .contains(NotificationRule.REFERRAL_ACCEPTED);
        assertThat(NotificationRule.REFERRAL_ACCEPTED.recipient())
                .isEqualTo(NotificationRule.Recipient.REFERRAL_SENDER);

        ObjectNode inProgress = accepted.deepCopy().put("status", "IN_PROGRESS");
        assertThat(NotificationRule.forEvent("CoachingReferralStatusChanged", inProgress)).isEmpty();
    }

    @Test
    void anAssessmentReferralDeclinedByTheTeamNotifiesTheCaseOwnerAndTheSenderWithTheReasonCode() {
        ObjectNode declined = mapper.createObjectNode().put("referralId", "5f0c1c8e-4f7b-4c1e-9c55-0a4c3a1c2b11")
                .put("status", "DECLINED").put("reasonCode", "NOT_IN_TARGET_GROUP");
        assertThat(NotificationRule.forEvent("AssessmentReferralStatusChanged", declined))
                .contains(NotificationRule.ASSESSMENT_REFERRAL_DECLINED);
        assertThat(NotificationRule.ASSESSMENT_REFERRAL_DECLINED.recipient())
                .isEqualTo(NotificationRule.Recipient.CASE_OWNER_AND_REFERRAL_SENDER);
        assertThat(NotificationRule.ASSESSMENT_REFERRAL_DECLINED.code(declined)).contains("NOT_IN_TARGET_GROUP");
        assertThat(NotificationRule.forEvent("AssessmentReferralStatusChanged", declined.deepCopy()
                .put("status", "ACCEPTED"))).contains(NotificationRule.ASSESSMENT_REFERRAL_ACCEPTED);
        assertThat(NotificationRule.forEvent("AssessmentReferralStatusChanged", declined.deepCopy()
                .put("status", "COMPLETED"))).isEmpty();
    }

    @Test
    void aReferralBackNotifiesItsReceiverWhenSentOrCancelledAndItsCoachOfEveryAnswer() {
        ObjectNode requested = mapper.createObjectNode().put("referralId", "5f0c1c8e-4f7b-4c1e-9c55-0a4c3a1c2b11")
                .put("status", "REQUESTED").put("reasonCode", "CRISIS").put("sentBy", "coach-7")
                .put("providerOrganisation", "2345678-0");
        assertThat(NotificationRule.forEvent("CaseOwnerReferralStatusChanged", requested))
                .contains(NotificationRule.CASE_OWNER_REFERRAL_RECEIVED);
        assertThat(NotificationRule.CASE_OWNER_REFERRAL_RECEIVED.recipient())
                .isEqualTo(NotificationRule.Recipient.REFERRAL_RECEIVER);
        assertThat(NotificationRule.CASE_OWNER_REFERRAL_RECEIVED.code(requested)).contains("CRISIS");
        assertThat(NotificationRule.forEvent("CaseOwnerReferralStatusChanged", requested.deepCopy()
                .put("status", "CANCELLED"))).contains(NotificationRule.CASE_OWNER_REFERRAL_CANCELLED);

        ObjectNode declined = requested.deepCopy().put("status", "DECLINED")
                .put("declineReasonCode", "COACHING_SHOULD_CONTINUE");
        assertThat(NotificationRule.forEvent("CaseOwnerReferralStatusChanged", declined))
                .contains(NotificationRule.CASE_OWNER_REFERRAL_DECLINED);
        assertThat(NotificationRule.CASE_OWNER_REFERRAL_DECLINED.recipient())
                .isEqualTo(NotificationRule.Recipient.SENDING_COACH);
        assertThat(NotificationRule.CASE_OWNER_REFERRAL_DECLINED.code(declined)).contains("COACHING_SHOULD_CONTINUE");
        for (String status : new String[] {"ACCEPTED", "IN_PROGRESS", "COMPLETED"}) {
            ObjectNode moved = requested.deepCopy().put("status", status);
            assertThat(NotificationRule.forEvent("CaseOwnerReferralStatusChanged", moved))
                    .contains(NotificationRule.CASE_OWNER_REFERRAL_MOVED);
            assertThat(NotificationRule.CASE_OWNER_REFERRAL_MOVED.code(moved)).contains(status);
        }
        assertThat(NotificationRule.sender(declined)).contains("coach-7");
        assertThat(NotificationRule.senderOrganisation(declined)).contains("2345678-0");
    }

    @Test
    void coachingsSchedulesRemindTheCoachOfAContactAndTheProvidersCoordinatorsOfAReview() {
        assertThat(NotificationRule.FOLLOW_ALONG_CONTACT_DUE.eventType()).isNull();
        assertThat(NotificationRule.FOLLOW_ALONG_CONTACT_DUE.recipient()).isEqualTo(NotificationRule.Recipient.COACH);
        assertThat(NotificationRule.FIDELITY_REVIEW_DUE.eventType()).isNull();
        assertThat(NotificationRule.FIDELITY_REVIEW_DUE.recipient())
                .isEqualTo(NotificationRule.Recipient.PROVIDER_COORDINATORS);
        assertThat(NotificationRule.forEvent("FollowAlongContactsScheduled", mapper.createObjectNode())).isEmpty();
        assertThat(NotificationRule.forEvent("FidelityReviewScheduled", mapper.createObjectNode())).isEmpty();
    }

    @Test
    void theSenderIsTheUserIdInTheEventsSentBy() {
        ObjectNode declined = mapper.createObjectNode().put("status", "DECLINED").put("sentBy", "team-member-7");
        assertThat(NotificationRule.sender(declined)).contains("team-member-7");
        assertThat(NotificationRule.sender(mapper.createObjectNode())).isEmpty();
    }

    @Test
    void aClientWithoutACaseOwnerNotifiesTheMunicipalitysCoordinators() {
        assertThat(NotificationRule.forEvent("CaseOwnerUnavailable", mapper.createObjectNode()))
                .contains(NotificationRule.CLIENT_WITHOUT_CASE_OWNER);
        assertThat(NotificationRule.CLIENT_WITHOUT_CASE_OWNER.recipient())
                .isEqualTo(NotificationRule.Recipient.MUNICIPALITY_COORDINATORS);
    }

    @Test
    void eventsOutsideTheTableNotifyNobodyAndRemindersHaveNoEvent() {
        assertThat(NotificationRule.forEvent("CoachingPhaseChanged", mapper.createObjectNode())).isEmpty();
        assertThat(NotificationRule.FOLLOW_UP_DUE.eventType()).isNull();
        assertThat(NotificationRule.REFERRAL_UNANSWERED.eventType()).isNull();
    }

    @Test
    void theCodeIsACodeFieldNeverFreeText() {
        ObjectNode jobEnded = mapper.createObjectNode().put("jobId", "5f0c1c8e-4f7b-4c1e-9c55-0a4c3a1c2b11")
                .put("kind", "WORK_TRIAL").put("reason", "työpaikan ilmapiiri ei sopinut");
        assertThat(NotificationRule.JOB_ENDED.code(jobEnded)).contains("WORK_TRIAL");
    }
}
