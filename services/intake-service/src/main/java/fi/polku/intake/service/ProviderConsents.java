package fi.polku.intake.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.ConsentPurpose;
import fi.polku.intake.repository.ClientRepository;
import fi.polku.platform.audit.AccessBasis;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;

/**
 * The consent a coaching provider collected (seed 003 §4.1: "olisi selkeintä, jos palveluntuottaja ottaisi
 * valmennukseen osallistuvilta asiakkailta suostumuksen"), recorded by the provider's coach (role job-coach, not an
 * intake worker or case owner; {@code org} = the provider's business ID).
 * <p>
 * Policy: nobody creates an access basis for themselves. The coach has no basis for the client until a consent names
 * the provider, so what allows the recording is the county's referral of the client to that provider (a coaching
 * referral requested, accepted or in progress, as the coaching service announces it). Without one the coach gets 403
 * and learns nothing, not even whether the client exists (a refusal about a client that exists is logged). With
 * one, the coach records only a consent for supported-employment coaching whose every party is their own provider:
 * anything wider (another organisation, or a purpose that would open another service's data) is 403 too, as the
 * consent may well be valid but is beyond what the provider may record; a county worker records the wider one. The
 * referral is the care relationship the access log names for the recording.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProviderConsents {

    static final String ACTION = "record a consent";

    private final ClientRepository clients;
    private final ProviderReferrals referrals;
    private final AccessLog accessLog;
    private final Caller caller;

    public ProviderConsents(ClientRepository clients, ProviderReferrals referrals, AccessLog accessLog,
            Caller caller) {
        this.clients = clients;
        this.referrals = referrals;
        this.accessLog = accessLog;
        this.caller = caller;
    }

    /** Whether the caller records consents as a provider's coach, under this rule only. */
    public boolean appliesToCaller() {
        return caller.hasRole(Roles.JOB_COACH) && !caller.hasRole(Roles.INTAKE_WORKER)
                && !caller.hasRole(Roles.CASE_OWNER);
    }

    /** The client, once its referral to the caller's provider and the consent's scope are checked and logged. */
    public Client referredClient(UUID clientId, ConsentService.NewConsent consent) {
        Optional<Client> client = clients.findByIdOptional(clientId)
                .map(found -> found.mergedInto == null ? found : clients.findById(found.mergedInto));
        if (client.isEmpty() || !referrals.referredTo(client.get().id, caller.organisation())) {
            client.ifPresent(refused -> accessLog.recordDenied(refused.id, ACTION));
            throw ProblemException.forbidden("A coaching provider's coach records a consent only for a client the"
                    + " county has referred to the provider");
        }
        if (!withinProvider(consent)) {
            accessLog.recordDenied(client.get().id, ACTION);
            throw ProblemException.forbidden("A coaching provider records only a consent for supported-employment"
                    + " coaching (purpose SUPPORTED_EMPLOYMENT_COACHING) whose every party is the provider itself"
                    + " (" + caller.organisation() + "); a county worker records a wider one");
        }
        accessLog.record(client.get().id, ACTION, AccessBasis.CARE_RELATIONSHIP);
        return client.get();
    }

    private boolean withinProvider(ConsentService.NewConsent consent) {
        return consent.purpose() == ConsentPurpose.SUPPORTED_EMPLOYMENT_COACHING
                && consent.parties().stream().allMatch(party -> caller.organisation().equals(party.organisation()));
    }
}
