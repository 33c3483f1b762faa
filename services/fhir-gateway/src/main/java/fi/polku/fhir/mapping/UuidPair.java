package fi.polku.fhir.mapping;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two ids in one logical id, for records an owning service finds only under another (an instrument response under
 * its assessment, a team booking under its client): both UUIDs in hex without dashes, 64 characters, the most FHIR
 * allows.
 */
public record UuidPair(UUID first, UUID second) {

    private static final Pattern FORM = Pattern.compile("^([0-9a-f]{32})([0-9a-f]{32})$");

    public String id() {
        return hex(first) + hex(second);
    }

    public static Optional<UuidPair> parse(String id) {
        Matcher matcher = FORM.matcher(id);
        return matcher.matches()
                ? Optional.of(new UuidPair(uuid(matcher.group(1)), uuid(matcher.group(2))))
                : Optional.empty();
    }

    private static String hex(UUID id) {
        return id.toString().replace("-", "");
    }

    private static UUID uuid(String hex) {
        return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    }
}
