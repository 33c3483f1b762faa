package fi.polku.assessment.domain;

/** The case owner the team and the client agreed on (asiakasvastaavasta sopiminen). */
public record AgreedCaseOwner(String name, String organisation, String role) {
}
