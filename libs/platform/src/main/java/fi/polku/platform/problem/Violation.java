package fi.polku.platform.problem;

/** One invalid field of a request: its JSON path (e.g. {@code contact.email}) and what is wrong with it. */
public record Violation(String field, String message) {
}
