package fi.polku.intake.domain;

import java.util.Collection;
import java.util.List;

/**
 * What {@link SegmentRules} decided: the segment, the rule that matched, every signal that holds (including one
 * implied by the months of unemployment) and the signals that led to the segment, both in the model's order.
 */
public record SegmentDecision(Segment segment, String rule, List<Signal> signals, List<Signal> decisiveSignals) {

    public SegmentDecision(Segment segment, String rule, Collection<Signal> signals, Collection<Signal> decisive) {
        this(segment, rule, signals.stream().sorted().toList(), decisive.stream().sorted().toList());
    }
}
