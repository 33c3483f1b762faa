package fi.polku.assessment.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;

/**
 * A work-ability estimate is multi-professional: at least two different professions agree on it, and each of them
 * has recorded its own evaluation in the assessment.
 */
public final class ConclusionRules {

    public static final int MINIMUM_PROFESSIONS = 2;

    private ConclusionRules() {
    }

    public static void requireMultiProfessional(Collection<Profession> agreedBy, Collection<Profession> evaluated) {
        Set<Profession> agreed = agreedBy.isEmpty() ? EnumSet.noneOf(Profession.class) : EnumSet.copyOf(agreedBy);
        if (agreed.size() < MINIMUM_PROFESSIONS) {
            throw ProblemException.businessRule("agreedProfessions", "The work-ability estimate must be agreed by at "
                    + "least " + MINIMUM_PROFESSIONS + " different professions; got " + agreed);
        }
        List<Violation> missing = new ArrayList<>();
        for (Profession profession : agreed) {
            if (!evaluated.contains(profession)) {
                missing.add(new Violation("agreedProfessions", profession
                        + " has not recorded a professional evaluation in this assessment"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "business-rule", "Business rule violated",
                    "Every profession agreeing on the estimate must have evaluated the client", missing,
                    java.util.Map.of());
        }
    }
}
