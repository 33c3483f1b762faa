package fi.polku.fhir.mapping;

/**
 * The identifier and code systems the gateway writes: the Finnish base profiles' (fi-base) where they name one,
 * HL7's and IHE's terminology where R4 binds one, and Polku's own code systems for its own categories.
 */
public final class FhirSystems {

    /** fi-base: the Finnish personal identity code (henkilötunnus). */
    public static final String IDENTITY_CODE = "urn:oid:1.2.246.21";
    /** fi-base: the municipality-code extension on Patient, valued from Statistics Finland's municipality codes. */
    public static final String MUNICIPALITY_EXTENSION =
            "https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/municipality-code";
    public static final String MUNICIPALITY_CODES = "urn:oid:1.2.246.537.6.21";
    public static final String MUNICIPALITY_CODES_VERSION = "2003";
    /** fi-base: the Finnish security labels, of which {@code TURVAKIELTO} is a non-disclosure for personal safety. */
    public static final String SECURITY_LABELS =
            "https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs";
    public static final String TURVAKIELTO = "TURVAKIELTO";
    public static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    public static final String RESTRICTED = "R";
    public static final String LANGUAGE = "urn:ietf:bcp:47";
    /** A UUID as a URI: the pseudonymous ids of Polku's records. */
    public static final String URI = "urn:ietf:rfc:3986";

    private static final String POLKU = "https://polku.example.fi/fhir/CodeSystem/";
    public static final String NETWORK_ROLE = POLKU + "network-role";
    public static final String PROFESSIONAL_ROLE = POLKU + "professional-role";
    public static final String CONSENT_PURPOSE = POLKU + "consent-purpose";
    public static final String CONSENT_PARTY_ROLE = POLKU + "consent-party-role";
    public static final String ACCESS_BASIS = POLKU + "access-basis";
    public static final String SERVICE_TYPE = POLKU + "service-type";
    public static final String PLAN_KIND = POLKU + "plan-kind";
    public static final String REFERRAL_KIND = POLKU + "referral-kind";
    /** intake's screening segment: which service path a client's needs point to. */
    public static final String SEGMENT = POLKU + "segment";
    /** Where a client is on the path (case-owner's stage: registered, screened, ..., in coaching, closed). */
    public static final String CLIENT_STAGE = POLKU + "client-stage";
    /** The receiving service's own status of a referral (e.g. assessment's SCHEDULED, coaching's ACTIVE). */
    public static final String REFERRAL_BUSINESS_STATUS = POLKU + "referral-status";
    /** The receiver's code for why it declined a referral (e.g. NO_CAPACITY), as the receiving service names it. */
    public static final String REFERRAL_STATUS_REASON = POLKU + "referral-status-reason";
    /** assessment's instruments (e.g. kykyviisari) and their scales, as the instrument definitions name them. */
    public static final String INSTRUMENT = POLKU + "instrument";
    public static final String INSTRUMENT_SCALE = POLKU + "instrument-scale";
    /** Where the gateway's Questionnaires live: {@code <base>/<instrument id>}, versioned by the definition. */
    public static final String QUESTIONNAIRE = "https://polku.example.fi/fhir/Questionnaire/";
    /** Polku's organisation identifiers as the token's {@code org} claim names them (a business ID or a county's). */
    public static final String ORGANISATION = "https://polku.example.fi/fhir/sid/organisation";
    /** The login subject of a professional, as the token's {@code sub} names them. */
    public static final String USER = "https://polku.example.fi/fhir/sid/user";

    public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    public static final String LOINC = "http://loinc.org";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    public static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    public static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    public static final String PURPOSE_OF_USE = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

    private FhirSystems() {
    }

    public static String urn(Object uuid) {
        return "urn:uuid:" + uuid;
    }
}
