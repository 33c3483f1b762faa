package fi.polku.intake.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of a readiness checklist per group and in all. Guidance only: the checklist itself says that not every
 * sign needs to hold ("eikä ole tarkoituskäan, että kaikki tunnusmerkit täytyisivät", seed 003 §7.3).
 */
public record ReadinessSummary(Map<ReadinessGroup, Counts> groups, Counts total) {

    public static final String GUIDANCE = "Indicative guidance for the professional, not a decision: "
            + "not every sign needs to hold (seed 003 §7.3).";

    public record Counts(int met, int notMet, int unknown) {

        Counts plus(ReadinessStatus status) {
            return switch (status) {
                case MET -> new Counts(met + 1, notMet, unknown);
                case NOT_MET -> new Counts(met, notMet + 1, unknown);
                case UNKNOWN -> new Counts(met, notMet, unknown + 1);
            };
        }
    }

    /** @param statuses the status of every sign; a sign missing from the map counts as unknown */
    public static ReadinessSummary of(Map<ReadinessSign, ReadinessStatus> statuses) {
        Map<ReadinessGroup, Counts> groups = new EnumMap<>(ReadinessGroup.class);
        Counts total = new Counts(0, 0, 0);
        for (ReadinessGroup group : ReadinessGroup.values()) {
            groups.put(group, new Counts(0, 0, 0));
        }
        for (ReadinessSign sign : ReadinessSign.values()) {
            ReadinessStatus status = statuses.getOrDefault(sign, ReadinessStatus.UNKNOWN);
            groups.put(sign.group(), groups.get(sign.group()).plus(status));
            total = total.plus(status);
        }
        return new ReadinessSummary(Map.copyOf(groups), total);
    }
}
