package fi.polku.assessment.rest;

import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fi.polku.platform.problem.ProblemException;

/**
 * Refuses paging parameters that the platform's {@code PageParameters} would let through or answer with a 404: an
 * empty {@code cursor} (read as no cursor, i.e. the first page again) and a {@code limit} that is no integer (its
 * conversion failure named no parameter). Both are a 400 naming the parameter, before any other check. Belongs in
 * the platform's paging; here until it moves there.
 */
public class PageParameterChecks {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        List<String> cursors = uri.getQueryParameters().get("cursor");
        if (cursors != null && cursors.stream().anyMatch(c -> c == null || c.isEmpty())) {
            throw ProblemException.invalidField("cursor", "must not be empty; leave it out for the first page");
        }
        List<String> limits = uri.getQueryParameters().get("limit");
        if (limits != null) {
            for (String limit : limits) {
                try {
                    Integer.parseInt(limit);
                } catch (NumberFormatException e) {
                    throw ProblemException.invalidField("limit", "must be a whole number from 1 to 200");
                }
            }
        }
    }
}
