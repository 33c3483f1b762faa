package fi.polku.fhir.rest;

import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Every error the gateway answers: an OperationOutcome with one issue, at the HTTP status of the failure. */
public final class OperationOutcomes {

    private OperationOutcomes() {
    }

    public static Response response(int status, IssueType type, String diagnostics) {
        return Response.status(status).type(FhirMediaType.FHIR_JSON).entity(of(type, diagnostics)).build();
    }

    public static OperationOutcome of(IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        return outcome;
    }
}
