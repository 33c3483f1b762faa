package fi.polku.fhir.mapping;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The logical id of a CarePlan: the plan kind, the client and the version ({@code activation-<client id>-<version>}).
 * assessment keeps one activation plan and one implementation plan per client and finds their versions only under
 * the client, so the client id (not the plan id, which would not fit FHIR's 64 characters with it) is what lets a
 * read find the version with the caller's token; the plan id stays the CarePlan's identifier.
 */
public final class CarePlanIds {

    public static final String ACTIVATION = "activation";
    public static final String IMPLEMENTATION = "implementation";

    /** One version of a client's plan of one kind. */
    public record PlanVersion(String kind, UUID clientId, int version) {
    }

    private static final Pattern FORM = Pattern.compile("^(" + ACTIVATION + "|" + IMPLEMENTATION + ")"
            + "-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([1-9][0-9]{0,8})$");

    private CarePlanIds() {
    }

    public static String id(String kind, UUID clientId, int version) {
        return kind + "-" + clientId + "-" + version;
    }

    public static Optional<PlanVersion> parse(String id) {
        Matcher matcher = FORM.matcher(id);
        return matcher.matches()
                ? Optional.of(new PlanVersion(matcher.group(1), UUID.fromString(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))))
                : Optional.empty();
    }
}
