package fi.polku.intake.domain;

/**
 * Whether the person is registered as a job seeker, and where: the work-ability team's clients are partially able
 * job seekers of the TE office and people without work "jotka eivät ole TE-toimistossa työnhakijoina" (seed 004);
 * since the municipal employment trials some job seekers are clients of their municipality instead (seed 003 §2).
 */
public enum JobSeekerRegistration {
    TE_OFFICE,
    MUNICIPAL_EMPLOYMENT_SERVICES,
    NOT_REGISTERED
}
