package fi.polku.caseowner.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who becomes a client's case owner automatically. Candidates are the active professionals whose role fits the
 * client's segment ({@link SegmentRoleFit}) and who serve the client's municipality; of those, only the ones under
 * their maximum caseload count. Then:
 * <ol>
 * <li>continuity: the client's most recent earlier case owner among them gets the client back;</li>
 * <li>otherwise the least loaded (ties: the longest-serving professional first).</li>
 * </ol>
 * Nobody left means the unassigned queue.
 */
public final class CaseOwnerRules {

    public static final String CONTINUITY = "continuity: the client's earlier case owner";
    public static final String LEAST_LOADED =
            "least-loaded active professional whose role fits the client's segment and who serves the client's municipality";

    private CaseOwnerRules() {
    }

    public record Choice(UUID professionalId, String rule) {
    }

    /**
     * @param candidates fitting professionals, least loaded first
     * @param earlierOwners the client's earlier case owners, most recent first
     */
    public static Optional<Choice> choose(List<Candidate> candidates, List<UUID> earlierOwners) {
        List<Candidate> withCapacity = candidates.stream().filter(Candidate::hasCapacity).toList();
        for (UUID earlier : earlierOwners) {
            if (withCapacity.stream().anyMatch(c -> c.professionalId().equals(earlier))) {
                return Optional.of(new Choice(earlier, CONTINUITY));
            }
        }
        return withCapacity.stream().findFirst().map(c -> new Choice(c.professionalId(), LEAST_LOADED));
    }
}
