package fi.polku.fhir.mapping;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The logical ids of the instrument resources. A response is found only under its assessment, so the id of its
 * QuestionnaireResponse (and of the Observation of its scores) is the {@link UuidPair} of both. A Questionnaire's
 * id is the instrument id and the definition's version.
 */
public final class InstrumentIds {

    /** An instrument definition by its id and version. */
    public record DefinitionKey(String instrument, int version) {
    }

    private static final Pattern DEFINITION = Pattern.compile("^([a-z0-9][a-z0-9-]*)-v([0-9]{1,6})$");

    private InstrumentIds() {
    }

    public static String response(UUID assessmentId, UUID responseId) {
        return new UuidPair(assessmentId, responseId).id();
    }

    public static String definition(String instrument, int version) {
        return instrument + "-v" + version;
    }

    public static Optional<DefinitionKey> definition(String id) {
        Matcher matcher = DEFINITION.matcher(id);
        return matcher.matches() && id.length() <= 64
                ? Optional.of(new DefinitionKey(matcher.group(1), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }
}
