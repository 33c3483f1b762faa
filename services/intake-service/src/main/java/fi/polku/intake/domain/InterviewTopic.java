package fi.polku.intake.domain;

/** What an initial interview (alkuhaastattelu) covered: palveluohjaus, neuvonta ja ohjaus, etuusneuvonta. */
public enum InterviewTopic {
    SERVICE_GUIDANCE,
    ADVICE_AND_GUIDANCE,
    BENEFITS_COUNSELLING
}
