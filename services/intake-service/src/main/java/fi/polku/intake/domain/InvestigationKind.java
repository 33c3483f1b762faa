package fi.polku.intake.domain;

/**
 * What kind of further investigation (lisäselvitys) is needed before the work-ability team, as a code: it travels in
 * {@code FurtherInvestigationRequested}, while the investigation in words and who does it stay in the team booking.
 */
public enum InvestigationKind {
    /** A physician's examination of health and work ability. */
    HEALTH_EXAMINATION,
    /** An assessment of mental health (psychiatric or psychological). */
    MENTAL_HEALTH_ASSESSMENT,
    /** A neuropsychological assessment of cognitive functioning. */
    COGNITIVE_ASSESSMENT,
    /** A physiotherapist's assessment of physical functioning. */
    PHYSICAL_FUNCTIONING_ASSESSMENT,
    /** An occupational therapist's assessment of functioning in daily life. */
    OCCUPATIONAL_THERAPY_ASSESSMENT,
    /** A social worker's assessment of the life situation. */
    SOCIAL_SITUATION_ASSESSMENT,
    /** An assessment of substance use. */
    SUBSTANCE_USE_ASSESSMENT,
    /** Education, skills and learning difficulties. */
    EDUCATION_AND_SKILLS_ASSESSMENT,
    /** Benefit and pension questions (Kela, an earnings-related pension institution). */
    BENEFITS_CLARIFICATION,
    OTHER
}
