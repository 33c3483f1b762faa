package fi.polku.platform.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An event type name of the form {@code fi.polku.<service>.<Name>.v<version>}. */
public record EventType(String service, String name, int version) {

    private static final Pattern FORMAT = Pattern.compile("fi\\.polku\\.([a-z-]+)\\.([A-Z][A-Za-z]+)\\.v(\\d+)");

    /**
     * Where the JSON Schemas of the event data are published: {@code <base><Name>.v<version>.json}, the {@code $id}
     * of each file in {@code api-specs/events/schemas/}.
     */
    public static final String SCHEMA_BASE = "https://polku.fi/schemas/events/";

    public static EventType of(String service, String name) {
        return of(service, name, 1);
    }

    public static EventType of(String service, String name, int version) {
        return new EventType(service, name, version);
    }

    public static EventType parse(String type) {
        Matcher matcher = FORMAT.matcher(type == null ? "" : type);
        if (!matcher.matches()) {
            throw new MalformedEventException("event type '" + type + "' is not of the form fi.polku.<service>.<Name>.v<n>");
        }
        return new EventType(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
    }

    /** The URI of the JSON Schema of this type's data, the CloudEvents {@code dataschema} attribute. */
    public String dataschema() {
        return SCHEMA_BASE + name + ".v" + version + ".json";
    }

    @Override
    public String toString() {
        return "fi.polku." + service + "." + name + ".v" + version;
    }
}
