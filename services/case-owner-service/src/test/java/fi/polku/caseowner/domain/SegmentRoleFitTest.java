package fi.polku.caseowner.domain;

import static fi.polku.caseowner.domain.ProfessionalRole.EMPLOYMENT_SERVICES_OWN_COACH;
import static fi.polku.caseowner.domain.ProfessionalRole.JOB_COACH;
import static fi.polku.caseowner.domain.ProfessionalRole.REHABILITATIVE_WORK_SOCIAL_INSTRUCTOR;
import static fi.polku.caseowner.domain.ProfessionalRole.SOCIAL_WELFARE_OWN_WORKER;
import static fi.polku.caseowner.domain.ProfessionalRole.WORK_ABILITY_COORDINATOR;
import static fi.polku.caseowner.domain.ProfessionalRole.WORK_ABILITY_TEAM_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentRoleFitTest {

    @Test
    void eachSegmentHasItsDocumentedRoles() {
        assertThat(SegmentRoleFit.rolesFitting(Segment.WORK_ABILITY_TEAM_ASSESSMENT))
                .containsExactlyInAnyOrder(WORK_ABILITY_COORDINATOR, SOCIAL_WELFARE_OWN_WORKER);
        assertThat(SegmentRoleFit.rolesFitting(Segment.EMPLOYMENT_SERVICES_DIRECTLY))
                .containsExactly(EMPLOYMENT_SERVICES_OWN_COACH);
        assertThat(SegmentRoleFit.rolesFitting(Segment.SOCIAL_SERVICES_FIRST))
                .containsExactlyInAnyOrder(SOCIAL_WELFARE_OWN_WORKER, REHABILITATIVE_WORK_SOCIAL_INSTRUCTOR);
        assertThat(SegmentRoleFit.rolesFitting(Segment.GUIDANCE_ONLY)).containsExactlyInAnyOrder(
                SOCIAL_WELFARE_OWN_WORKER, WORK_ABILITY_COORDINATOR, EMPLOYMENT_SERVICES_OWN_COACH);
        assertThat(SegmentRoleFit.rolesFitting(null)).containsExactlyInAnyOrder(SOCIAL_WELFARE_OWN_WORKER,
                WORK_ABILITY_COORDINATOR, EMPLOYMENT_SERVICES_OWN_COACH);
    }

    @Test
    void jobCoachesAndTeamMembersNeverOwnAClientship() {
        for (Segment segment : Segment.values()) {
            assertThat(SegmentRoleFit.fits(JOB_COACH, segment)).isFalse();
            assertThat(SegmentRoleFit.fits(WORK_ABILITY_TEAM_MEMBER, segment)).isFalse();
        }
        assertThat(SegmentRoleFit.fits(JOB_COACH, null)).isFalse();
    }
}
