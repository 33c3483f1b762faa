package fi.polku.fhir.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;

import fi.polku.client.caseowner.model.NetworkMemberView;
import fi.polku.client.caseowner.model.PageNetworkMemberView;
import fi.polku.fhir.mapping.CareTeamMapper;
import fi.polku.fhir.service.NonDisclosureLabels;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.CallerToken;
import fi.polku.fhir.upstream.CaseOwnerApi;
import fi.polku.fhir.upstream.UpstreamFailure;
import io.quarkus.security.Authenticated;

/** CareTeam: the client's care network in case-owner as one team, its id the client's. */
@Path("/fhir/R4/CareTeam")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class CareTeamResource {

    private final CaseOwnerApi caseOwner;
    private final CareTeamMapper mapper;
    private final NonDisclosureLabels labels;
    private final CallerToken caller;

    public CareTeamResource(CaseOwnerApi caseOwner, CareTeamMapper mapper, NonDisclosureLabels labels,
            CallerToken caller) {
        this.caseOwner = caseOwner;
        this.mapper = mapper;
        this.labels = labels;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public CareTeam read(@PathParam("id") String id) {
        UUID clientId = SearchParameters.id("id", id);
        labels.lookUp(clientId);
        return labels.label(mapper.toCareTeam(clientId, network(clientId)), clientId);
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        labels.lookUp(clientId);
        List<CareTeam> found;
        try {
            found = List.of(mapper.toCareTeam(clientId, network(clientId)));
        } catch (UpstreamFailure failure) {
            if (failure.status() != 404) {
                throw failure;
            }
            found = List.of();
        }
        return Searchsets.complete(FhirBase.of(uri), "CareTeam?patient=" + clientId, labels.label(found, clientId));
    }

    /** The whole network, every page of it: a team is one resource. */
    private List<NetworkMemberView> network(UUID clientId) {
        List<NetworkMemberView> members = new ArrayList<>();
        String cursor = null;
        do {
            PageNetworkMemberView page = caseOwner.careNetwork(clientId, cursor, SearchParameters.MAX_COUNT,
                    caller.headers());
            members.addAll(page.getItems());
            cursor = page.getNext();
        } while (cursor != null);
        return members;
    }
}
