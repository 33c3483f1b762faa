package fi.polku.platform.concurrency;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import fi.polku.platform.problem.ProblemException;

/**
 * Optimistic locking over HTTP: a resource's version is its strong {@code ETag}, and an update must send it back
 * in {@code If-Match}; a stale version gets 412 Precondition Failed.
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the caller expects to change, from the {@code If-Match} header. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(IF_MATCH);
        }
        Matcher matcher = ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw ProblemException.invalidField(IF_MATCH, "must be the ETag of the resource, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    public static void requireCurrent(long currentVersion, String ifMatch) {
        if (expectedVersion(ifMatch) != currentVersion) {
            throw ProblemException.preconditionFailed(
                    "The resource was changed by someone else; fetch it again and retry with its new ETag");
        }
    }
}
