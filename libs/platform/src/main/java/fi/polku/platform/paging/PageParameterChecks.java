package fi.polku.platform.paging;

import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fi.polku.platform.problem.ProblemException;

/**
 * Holds the paging parameters of every list to what the spec says of them, where binding alone does not: an empty
 * {@code cursor} would be taken for no cursor (the first page), and a {@code limit} that is not a 32-bit whole number
 * would fail conversion and answer 404 (conversion failures of {@code @BeanParam} fields do not reach the
 * platform's parameter mapper). Both are a 400 naming the parameter, before anything else is done.
 */
public class PageParameterChecks {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        List<String> cursors = uri.getQueryParameters().get("cursor");
        if (cursors != null && cursors.stream().anyMatch(String::isEmpty)) {
            throw ProblemException.invalidField("cursor", "must not be empty; leave it out for the first page");
        }
        List<String> limits = uri.getQueryParameters().get("limit");
        if (limits != null) {
            for (String limit : limits) {
                try {
                    Integer.parseInt(limit);
                } catch (NumberFormatException e) {
                    throw ProblemException.invalidField("limit", "must be a whole number from 1 to "
                            + PageRequest.MAX_LIMIT);
                }
            }
        }
    }
}
