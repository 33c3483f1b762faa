package fi.polku.fhir.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fi.polku.fhir.service.UnknownResource;
import fi.polku.fhir.upstream.UpstreamFailure;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Failures as OperationOutcomes. An owning service's refusal keeps its status (401, 403, 404, ...), so a caller
 * without a basis gets the same 403 through the gateway as directly; an owning service that does not answer is a 502
 * (504 on a timeout is not told apart: the caller retries either way). No diagnostics repeat what the caller sent.
 */
public class FhirExceptionMappers {

    private static final Logger LOG = Logger.getLogger(FhirExceptionMappers.class);

    @ServerExceptionMapper
    public Response upstream(UpstreamFailure failure) {
        int status = failure.status();
        return switch (status) {
            case 401 -> unauthorised();
            case 403 -> OperationOutcomes.response(403, IssueType.FORBIDDEN,
                    "The " + failure.service() + " service refused access to the client's data");
            case 404 -> OperationOutcomes.response(404, IssueType.NOTFOUND, "Not found in " + failure.service());
            case 400, 422 -> OperationOutcomes.response(status, IssueType.INVALID,
                    "The " + failure.service() + " service refused the request as invalid");
            case 503 -> OperationOutcomes.response(503, IssueType.TRANSIENT,
                    "The " + failure.service() + " service is unavailable for a moment; retry");
            default -> {
                LOG.warnf("The %s service answered %d to the gateway", failure.service(), status);
                yield OperationOutcomes.response(502, IssueType.TRANSIENT,
                        "The " + failure.service() + " service did not answer");
            }
        };
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
        AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException error) {
        return unauthorised();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException error) {
        return OperationOutcomes.response(403, IssueType.FORBIDDEN, "Forbidden");
    }

    @ServerExceptionMapper
    public Response unknown(UnknownResource error) {
        return OperationOutcomes.response(404, IssueType.NOTFOUND, error.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidSearch(InvalidSearch error) {
        return OperationOutcomes.response(400, IssueType.INVALID, error.getMessage());
    }

    /** Routing and content negotiation (404, 405, 406, 415) and malformed requests, at their own status. */
    @ServerExceptionMapper
    public Response http(WebApplicationException error) {
        int status = error.getResponse().getStatus();
        IssueType type = switch (status) {
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.INVALID;
        };
        Response.ResponseBuilder response = Response.fromResponse(
                OperationOutcomes.response(status, type, "Not supported here; see /fhir/R4/metadata"));
        if (error.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", error.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    /** A defect: logged with its stack for the operators, answered without any detail. */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException error) {
        LOG.error("Unexpected failure answering a FHIR request", error);
        return OperationOutcomes.response(500, IssueType.EXCEPTION, "Internal error");
    }

    private static Response unauthorised() {
        return Response.fromResponse(OperationOutcomes.response(401, IssueType.LOGIN, "A valid bearer token is required"))
                .header("WWW-Authenticate", "Bearer").build();
    }
}
