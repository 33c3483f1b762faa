package fi.polku.platform.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a client's data is processed, as a code: the code list of consent purposes (intake's {@code ConsentPurpose}),
 * which names the purposes of the service package. An access log entry's event carries it; the purpose in words
 * (a service's own description, or what a calling system states in {@value AccessPurpose#HEADER}) stays in the
 * service's access log.
 */
public enum ProcessingPurpose {
    SERVICE_COORDINATION,
    WORK_ABILITY_ASSESSMENT,
    SUPPORTED_EMPLOYMENT_COACHING,
    REHABILITATIVE_WORK_ACTIVITY,
    DEVELOPMENT_AND_REPORTING;

    /** The code a stated purpose names, if it is one. */
    public static Optional<ProcessingPurpose> named(String stated) {
        return stated == null ? Optional.empty()
                : Arrays.stream(values()).filter(code -> code.name().equals(stated.strip())).findFirst();
    }
}
