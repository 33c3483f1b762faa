package fi.polku.assessment.domain.instrument;

public enum InstrumentKind {
    /** Answered by the client, e.g. Kykyviisari. */
    SELF_ASSESSMENT,
    /** Filled in by a professional, e.g. a unified assessment form (yhtenäinen arviointilomake). */
    PROFESSIONAL_OBSERVATION
}
