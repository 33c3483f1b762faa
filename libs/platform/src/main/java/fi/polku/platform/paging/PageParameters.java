package fi.polku.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters of every list endpoint: {@code @Valid @BeanParam PageParameters page}. */
public class PageParameters {

    @QueryParam("limit")
    @DefaultValue("" + PageRequest.DEFAULT_LIMIT)
    @Min(1)
    @Max(PageRequest.MAX_LIMIT)
    @Parameter(description = "Items per page, 1-" + PageRequest.MAX_LIMIT + " (default " + PageRequest.DEFAULT_LIMIT
            + ")")
    int limit = PageRequest.DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(min = 1, max = PageCursor.MAX_LENGTH)
    @Pattern(regexp = PageCursor.PATTERN)
    @Parameter(description = "The `next` of the previous page; leave out for the first page")
    String cursor;

    public PageRequest request() {
        return new PageRequest(limit, cursor == null ? null : PageCursor.decode(cursor));
    }
}
