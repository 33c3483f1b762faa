package fi.polku.fhir.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.RequestScoped;

import org.hl7.fhir.r4.model.Resource;

import fi.polku.fhir.mapping.SecurityLabels;
import fi.polku.fhir.upstream.CallerToken;
import fi.polku.fhir.upstream.IntakeApi;
import fi.polku.fhir.upstream.ParallelCalls;
import fi.polku.fhir.upstream.UpstreamFailure;
import fi.polku.platform.security.Roles;

/**
 * The non-disclosure labels on every resource of a client under a non-disclosure order (turvakielto), not only on
 * the Patient. Only intake knows of the order: case-owner, assessment and coaching withhold what it covers but tell
 * it in none of the views the gateway reads. So intake's client is read once per request and client, with the
 * caller's token (intake decides and logs that read as any other), alongside the request's own call when the
 * client is known from the request, so the label costs no extra hop.
 * <p>
 * When intake does not tell the caller (it refuses them the client, or they have none of the roles it reads the
 * client to, e.g. an auditor only), the resources carry no label: the gateway cannot know. When intake cannot be
 * reached the request fails (502/503) rather than answer a client's resources possibly unlabelled.
 */
@RequestScoped
public class NonDisclosureLabels {

    /** The roles intake reads a client to ({@code getClient}); others are not asked, as intake would refuse. */
    static final Set<String> INTAKE_CLIENT_READERS = Set.of(Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER,
            Roles.JOB_COACH, Roles.COORDINATOR);

    private final IntakeApi intake;
    private final CallerToken caller;
    private final ParallelCalls parallel;
    private final Map<UUID, CompletableFuture<Boolean>> orders = new HashMap<>();

    public NonDisclosureLabels(IntakeApi intake, CallerToken caller, ParallelCalls parallel) {
        this.intake = intake;
        this.caller = caller;
        this.parallel = parallel;
    }

    /** Starts asking intake about the client's order now, alongside the request's own call. */
    public void lookUp(UUID clientId) {
        orders.computeIfAbsent(clientId, this::ask);
    }

    /** The resource, labelled if its client is under a non-disclosure order. */
    public <R extends Resource> R label(R resource, UUID clientId) {
        if (underOrder(clientId)) {
            SecurityLabels.underNonDisclosure(resource);
        }
        return resource;
    }

    /** The resources of one client, labelled if the client is under a non-disclosure order. */
    public <R extends Resource> List<R> label(List<R> resources, UUID clientId) {
        if (!resources.isEmpty() && underOrder(clientId)) {
            resources.forEach(SecurityLabels::underNonDisclosure);
        }
        return resources;
    }

    private boolean underOrder(UUID clientId) {
        try {
            return orders.computeIfAbsent(clientId, this::ask).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private CompletableFuture<Boolean> ask(UUID clientId) {
        if (!caller.hasAnyRole(INTAKE_CLIENT_READERS)) {
            return CompletableFuture.completedFuture(false);
        }
        Map<String, String> headers = caller.headers();
        return parallel.start(() -> {
            try {
                return Boolean.TRUE.equals(intake.client(clientId, headers).getNonDisclosure());
            } catch (UpstreamFailure failure) {
                if (failure.status() == 401 || failure.status() == 403 || failure.status() == 404) {
                    return false;
                }
                throw failure;
            }
        });
    }
}
