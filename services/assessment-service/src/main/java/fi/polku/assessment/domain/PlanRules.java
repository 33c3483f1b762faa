package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;

/** The rules of activation and implementation plans (seed 003 §2.9–2.10, §4.2, §5). */
public final class PlanRules {

    private PlanRules() {
    }

    /**
     * The plan is drawn up by the employment authority and social welfare with the client ("jonka työ- ja
     * elinkeinotoimiston sekä kunnan sosiaalihuollon viranomaiset laativat asiakkaan kanssa", seed 003 §2.9; "Omatyöntekijä
     * on aina mukana aktivointisuunnitelman laadinta- ja päivittämistilaisuuksissa asiakkaan sekä kuntakokeilun
     * omavalmentajan kanssa", §2.6): the client, the social welfare own worker and the employment authority (the TE
     * office, or the municipal employment trial's own coach, §2.8) are always parties; periods run forwards; work
     * trials end.
     */
    public static void checkActivationPlan(LocalDate validFrom, LocalDate validUntil, List<PlanParty> parties,
            List<PlannedService> services) {
        List<Violation> invalid = new ArrayList<>();
        if (validUntil.isBefore(validFrom)) {
            invalid.add(new Violation("validUntil", "must not be before validFrom"));
        }
        for (int i = 0; i < services.size(); i++) {
            PlannedService service = services.get(i);
            if (service.until() != null && service.until().isBefore(service.from())) {
                invalid.add(new Violation("services[" + i + "].until", "must not be before from"));
            }
            if (service.service() == ServiceType.WORK_TRIAL && service.until() == null) {
                invalid.add(new Violation("services[" + i + "].until",
                        "a work trial's duration must be recorded: give the day it ends"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        if (parties.stream().noneMatch(p -> p.role() == PartyRole.SOCIAL_WELFARE_OWN_WORKER)) {
            throw ProblemException.businessRule("parties",
                    "The social welfare own worker is always a party to the activation plan");
        }
        if (parties.stream().noneMatch(p -> p.role() == PartyRole.CLIENT)) {
            throw ProblemException.businessRule("parties",
                    "The activation plan is drawn up with the client; the client must be a party");
        }
        if (parties.stream().noneMatch(p -> p.role().isEmploymentAuthority())) {
            throw ProblemException.businessRule("parties", "The activation plan is drawn up with the employment "
                    + "authority: the TE office or the municipal employment trial's own coach must be a party");
        }
    }

    /**
     * An implementation plan is drawn up from the activation plan in force: the referenced plan must be the client's
     * latest version, valid on the day the implementation plan starts, and include rehabilitative work activity;
     * coaching on activity days needs supported-employment coaching in the plan, as a service or agreed in advance.
     */
    public static void checkImplementationBasis(Optional<ActivationPlan> latestActivationPlan,
            UUID referencedPlanId, LocalDate startsOn, boolean coachingOnActivityDays) {
        ActivationPlan current = latestActivationPlan.orElseThrow(() -> ProblemException.businessRule(
                "activationPlanId", "The client has no activation plan; draw one up first"));
        if (!current.planId.equals(referencedPlanId)) {
            throw ProblemException.businessRule("activationPlanId", "is not the client's activation plan");
        }
        if (!current.isValidOn(startsOn)) {
            throw ProblemException.businessRule("activationPlanId", "The activation plan (version " + current.version
                    + ") is valid " + current.validFrom + "–" + current.validUntil + ", not on " + startsOn
                    + "; it is not current");
        }
        if (!current.includes(ServiceType.REHABILITATIVE_WORK_ACTIVITY)) {
            throw ProblemException.businessRule("activationPlanId",
                    "The activation plan does not include rehabilitative work activity");
        }
        if (coachingOnActivityDays && !current.includes(ServiceType.SUPPORTED_EMPLOYMENT_COACHING)
                && !current.agreedPossibilities.contains(AgreedPossibility.SUPPORTED_EMPLOYMENT_COACHING)) {
            throw ProblemException.businessRule("coachingOnActivityDays",
                    "The activation plan does not include supported-employment coaching; update it first");
        }
    }
}
