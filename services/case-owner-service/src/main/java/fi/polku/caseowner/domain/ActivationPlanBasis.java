package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the client's activation plan records the coaching or work trial that started (seed 003 §4.2: "Ennen tuetun
 * työhönvalmennuksen aloittamista asiakkaan aktivointisuunnitelma tuli päivittää"; on moving to a work trial
 * "aktivointisuunnitelma tulee päivittää ja kirjata siihen työkokeilun kesto"). The plan records it as a service
 * whose period reaches the start day, or as a possibility agreed in advance ("kirjata jo etukäteen mahdollisuus
 * työhönvalmennukseen liittyvään työkokeiluun"), in a plan still in force on the start day or later: a plan updated
 * after the start settles it too.
 */
public final class ActivationPlanBasis {

    /** What started; the name is the plan's service and agreed possibility for it. */
    public enum Start {
        SUPPORTED_EMPLOYMENT_COACHING("supported-employment coaching"),
        WORK_TRIAL("a work trial");

        private final String description;

        Start(String description) {
            this.description = description;
        }
    }

    /** The client's latest activation plan as assessment published it. */
    public record Plan(int version, LocalDate validUntil, Set<String> agreedPossibilities, List<Period> services) {
    }

    /** A service of the plan; {@code until} is null while open-ended. */
    public record Period(String service, LocalDate until) {
    }

    private ActivationPlanBasis() {
    }

    /** @return why the start is not recorded, or empty when the plan records it */
    public static Optional<String> missing(Plan plan, Start start, LocalDate day) {
        if (plan == null) {
            return Optional.of("the client has no activation plan recording " + start.description);
        }
        if (plan.validUntil().isBefore(day)) {
            return Optional.of("the activation plan (version " + plan.version() + ") ended on " + plan.validUntil()
                    + ", before the start");
        }
        boolean recorded = plan.agreedPossibilities().contains(start.name()) || plan.services().stream()
                .anyMatch(s -> s.service().equals(start.name()) && (s.until() == null || !s.until().isBefore(day)));
        return recorded ? Optional.empty() : Optional.of("the activation plan (version " + plan.version()
                + ") does not record " + start.description);
    }
}
