package fi.polku.intake.domain;

import static fi.polku.intake.domain.Signal.NEEDS_SEVERAL_SERVICES;
import static fi.polku.intake.domain.Signal.PARTIAL_WORK_ABILITY;
import static fi.polku.intake.domain.Signal.REPEATED_OR_LONG_TERM_UNEMPLOYMENT;
import static fi.polku.intake.domain.Signal.UNASSESSED_HEALTH_PROBLEMS;
import static fi.polku.intake.domain.Signal.UNCLEAR_OVERALL_SITUATION;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Derives a screened client's segment (segmentointi, seed 003 §2.3 and §7.1) from the six target-group signals, the
 * months of unemployment and the client's motivation. Deterministic: the first rule that matches wins.
 *
 * <p>Before the rules run, {@value #LONG_TERM_UNEMPLOYMENT_MONTHS} or more months of unemployment (the Finnish
 * definition of long-term unemployment) add {@code REPEATED_OR_LONG_TERM_UNEMPLOYMENT} to the signals.
 *
 * <table>
 * <caption>Segment rules, first match wins</caption>
 * <tr><th>rule</th><th>when</th><th>segment</th><th>decisive signals</th></tr>
 * <tr><td>R1</td><td>UNASSESSED_HEALTH_PROBLEMS</td><td>WORK_ABILITY_TEAM_ASSESSMENT</td>
 *     <td>UNASSESSED_HEALTH_PROBLEMS, and PARTIAL_WORK_ABILITY if present</td></tr>
 * <tr><td>R2</td><td>PARTIAL_WORK_ABILITY and (NEEDS_SEVERAL_SERVICES or UNCLEAR_OVERALL_SITUATION)</td>
 *     <td>WORK_ABILITY_TEAM_ASSESSMENT</td><td>those present of the three</td></tr>
 * <tr><td>R3</td><td>NEEDS_SEVERAL_SERVICES or UNCLEAR_OVERALL_SITUATION (no work-ability signal)</td>
 *     <td>SOCIAL_SERVICES_FIRST</td><td>those present of the two</td></tr>
 * <tr><td>R4</td><td>any other signal, and motivation NOT_MOTIVATED</td><td>SOCIAL_SERVICES_FIRST</td>
 *     <td>every signal present</td></tr>
 * <tr><td>R5</td><td>any other signal (partial work ability alone, unemployment, missing education), and
 *     motivation MOTIVATED or AMBIVALENT</td><td>EMPLOYMENT_SERVICES_DIRECTLY</td><td>every signal present</td></tr>
 * <tr><td>R6</td><td>no signal</td><td>GUIDANCE_ONLY</td><td>none</td></tr>
 * </table>
 *
 * <p>The reasoning: a work-ability question that nobody has assessed, or partial work ability together with a need
 * for several services or an unclear situation, is what the multi-professional team is for (R1, R2). Without a
 * work-ability question, an unclear situation or many simultaneous needs are first sorted out by social welfare's
 * service needs assessment and own worker (R3), as is a client who does not want to work now (R4, motivation first).
 * A motivated client whose obstacles are unemployment, missing education or an already known partial work ability
 * goes to employment services directly (R5). A client without signals gets guidance and advice (R6). A professional
 * may override the result with a reason; the derived segment is kept beside it.
 */
public final class SegmentRules {

    public static final int LONG_TERM_UNEMPLOYMENT_MONTHS = 12;

    /** The rule table as text, published in the OpenAPI description of the screening endpoint. */
    public static final String RULE_TABLE = """
            Segment rules (first match wins; 12 or more months unemployed add REPEATED_OR_LONG_TERM_UNEMPLOYMENT):

            | rule | when | segment | decisive signals |
            |---|---|---|---|
            | R1 | UNASSESSED_HEALTH_PROBLEMS | WORK_ABILITY_TEAM_ASSESSMENT | UNASSESSED_HEALTH_PROBLEMS (+ PARTIAL_WORK_ABILITY if present) |
            | R2 | PARTIAL_WORK_ABILITY and (NEEDS_SEVERAL_SERVICES or UNCLEAR_OVERALL_SITUATION) | WORK_ABILITY_TEAM_ASSESSMENT | those present of the three |
            | R3 | NEEDS_SEVERAL_SERVICES or UNCLEAR_OVERALL_SITUATION | SOCIAL_SERVICES_FIRST | those present of the two |
            | R4 | any other signal and motivation NOT_MOTIVATED | SOCIAL_SERVICES_FIRST | every signal present |
            | R5 | any other signal and motivation MOTIVATED or AMBIVALENT | EMPLOYMENT_SERVICES_DIRECTLY | every signal present |
            | R6 | no signal | GUIDANCE_ONLY | none |
            """;

    private SegmentRules() {
    }

    public static SegmentDecision derive(Collection<Signal> reported, int monthsUnemployed, Motivation motivation) {
        Set<Signal> signals = reported.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(reported);
        if (monthsUnemployed >= LONG_TERM_UNEMPLOYMENT_MONTHS) {
            signals.add(REPEATED_OR_LONG_TERM_UNEMPLOYMENT);
        }
        if (signals.contains(UNASSESSED_HEALTH_PROBLEMS)) {
            return decision(Segment.WORK_ABILITY_TEAM_ASSESSMENT, "R1", signals,
                    present(signals, UNASSESSED_HEALTH_PROBLEMS, PARTIAL_WORK_ABILITY));
        }
        Set<Signal> needs = present(signals, NEEDS_SEVERAL_SERVICES, UNCLEAR_OVERALL_SITUATION);
        if (signals.contains(PARTIAL_WORK_ABILITY) && !needs.isEmpty()) {
            needs.add(PARTIAL_WORK_ABILITY);
            return decision(Segment.WORK_ABILITY_TEAM_ASSESSMENT, "R2", signals, needs);
        }
        if (!needs.isEmpty()) {
            return decision(Segment.SOCIAL_SERVICES_FIRST, "R3", signals, needs);
        }
        if (signals.isEmpty()) {
            return decision(Segment.GUIDANCE_ONLY, "R6", signals, Set.of());
        }
        if (motivation == Motivation.NOT_MOTIVATED) {
            return decision(Segment.SOCIAL_SERVICES_FIRST, "R4", signals, signals);
        }
        return decision(Segment.EMPLOYMENT_SERVICES_DIRECTLY, "R5", signals, signals);
    }

    private static Set<Signal> present(Set<Signal> signals, Signal first, Signal... rest) {
        Set<Signal> wanted = EnumSet.of(first, rest);
        wanted.retainAll(signals);
        return wanted;
    }

    private static SegmentDecision decision(Segment segment, String rule, Set<Signal> signals, Set<Signal> decisive) {
        return new SegmentDecision(segment, rule, signals, decisive);
    }
}
