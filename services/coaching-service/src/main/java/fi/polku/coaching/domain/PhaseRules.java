package fi.polku.coaching.domain;

import java.util.Map;
import java.util.Set;

/**
 * Phases advance one step at a time. The documented exceptions, each a step back or a skip that the work itself
 * calls for:
 * <ul>
 * <li>JOB_SEARCH → JOB_SUPPORT: the client starts a job with no support agreed with the employer (e.g. the client
 * chose not to disclose, item 13);</li>
 * <li>EMPLOYER_AGREEMENT → JOB_SEARCH: the employer did not hire, the search goes on;</li>
 * <li>JOB_SUPPORT → JOB_SEARCH: a job ended, back to the search (learning from each job);</li>
 * <li>JOB_SEARCH or JOB_SUPPORT → VOCATIONAL_PROFILE: the profile is redone after what a job taught.</li>
 * </ul>
 */
public final class PhaseRules {

    private static final Map<Phase, Set<Phase>> EXCEPTIONS = Map.of(
            Phase.JOB_SEARCH, Set.of(Phase.JOB_SUPPORT, Phase.VOCATIONAL_PROFILE),
            Phase.EMPLOYER_AGREEMENT, Set.of(Phase.JOB_SEARCH),
            Phase.JOB_SUPPORT, Set.of(Phase.JOB_SEARCH, Phase.VOCATIONAL_PROFILE));

    private PhaseRules() {
    }

    public static boolean allowed(Phase from, Phase to) {
        if (from == null) {
            return to == Phase.ENGAGEMENT;
        }
        return to.ordinal() == from.ordinal() + 1 || EXCEPTIONS.getOrDefault(from, Set.of()).contains(to);
    }
}
