package fi.polku.platform.events;

/** The Kafka topics of the system; the record key is always the client id. */
public final class Topics {

    public static final String INTAKE = "polku.intake.events";
    public static final String CASE_OWNER = "polku.case-owner.events";
    public static final String ASSESSMENT = "polku.assessment.events";
    public static final String COACHING = "polku.coaching.events";
    public static final String AUDIT = "polku.audit.access";
    /**
     * The access model's facts (care relationships, consents, merged records, emergency accesses) from every
     * service, so that every service honours them.
     */
    public static final String ACCESS_FACTS = "polku.access.facts";

    private Topics() {
    }

    /** Where a service's consumer puts records it cannot process, with the reason in the record headers. */
    public static String deadLetter(String consumerService) {
        return "polku.dlq." + consumerService;
    }
}
