package fi.polku.caseowner.domain;

import static fi.polku.caseowner.domain.ProfessionalRole.EMPLOYMENT_SERVICES_OWN_COACH;
import static fi.polku.caseowner.domain.ProfessionalRole.REHABILITATIVE_WORK_SOCIAL_INSTRUCTOR;
import static fi.polku.caseowner.domain.ProfessionalRole.SOCIAL_WELFARE_OWN_WORKER;
import static fi.polku.caseowner.domain.ProfessionalRole.WORK_ABILITY_COORDINATOR;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which professional roles may own a client's clientship, by the client's segment (seeds 003 §2.6–2.12).
 * <ul>
 * <li>not screened yet: social welfare own worker, work-ability coordinator, employment services' own coach — the
 * roles that own a whole clientship;</li>
 * <li>WORK_ABILITY_TEAM_ASSESSMENT: work-ability coordinator, social welfare own worker (they coordinate the
 * multi-professional assessment);</li>
 * <li>EMPLOYMENT_SERVICES_DIRECTLY: employment services' own coach;</li>
 * <li>SOCIAL_SERVICES_FIRST: social welfare own worker, rehabilitative work activity social instructor;</li>
 * <li>GUIDANCE_ONLY: social welfare own worker, work-ability coordinator, employment services' own coach.</li>
 * </ul>
 * Job coaches and work-ability team members work in the care network, never as case owners: the coach belongs to a
 * procured provider and the team member to one assessment.
 */
public final class SegmentRoleFit {

    private static final Set<ProfessionalRole> UNSCREENED = EnumSet.of(SOCIAL_WELFARE_OWN_WORKER,
            WORK_ABILITY_COORDINATOR, EMPLOYMENT_SERVICES_OWN_COACH);

    private SegmentRoleFit() {
    }

    /** @param segment the client's segment, or null before screening */
    public static Set<ProfessionalRole> rolesFitting(Segment segment) {
        if (segment == null) {
            return UNSCREENED;
        }
        return switch (segment) {
            case WORK_ABILITY_TEAM_ASSESSMENT -> EnumSet.of(WORK_ABILITY_COORDINATOR, SOCIAL_WELFARE_OWN_WORKER);
            case EMPLOYMENT_SERVICES_DIRECTLY -> EnumSet.of(EMPLOYMENT_SERVICES_OWN_COACH);
            case SOCIAL_SERVICES_FIRST -> EnumSet.of(SOCIAL_WELFARE_OWN_WORKER, REHABILITATIVE_WORK_SOCIAL_INSTRUCTOR);
            case GUIDANCE_ONLY -> EnumSet.of(SOCIAL_WELFARE_OWN_WORKER, WORK_ABILITY_COORDINATOR,
                    EMPLOYMENT_SERVICES_OWN_COACH);
        };
    }

    public static boolean fits(ProfessionalRole role, Segment segment) {
        return rolesFitting(segment).contains(role);
    }
}
