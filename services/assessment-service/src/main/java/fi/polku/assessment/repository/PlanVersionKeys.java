package fi.polku.assessment.repository;

import fi.polku.platform.problem.ProblemException;

/** The version part of a plan version list's page key. */
final class PlanVersionKeys {

    private PlanVersionKeys() {
    }

    static int version(String part) {
        try {
            int version = Integer.parseInt(part);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
    }
}
