package fi.polku.partner.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.partner.config.WebhookConfig;
import fi.polku.partner.domain.CallbackUrl;
import fi.polku.partner.domain.ConsentPurpose;
import fi.polku.partner.domain.PartnerFields;
import fi.polku.partner.domain.SubscriptionStatus;
import fi.polku.partner.domain.WebhookDelivery;
import fi.polku.partner.domain.WebhookSecret;
import fi.polku.partner.domain.WebhookSubscription;
import fi.polku.partner.repository.DeliveryRepository;
import fi.polku.partner.repository.SubscriptionRepository;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * An organisation's webhook subscriptions, managed by its own coordinators only: the token's org claim is the
 * subscription's organisation, and every use of a subscription starts by checking that it is the caller's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Caller caller;
    private final WebhookConfig config;
    private final ServiceTime time;

    public SubscriptionService(SubscriptionRepository subscriptions, DeliveryRepository deliveries, Caller caller,
            WebhookConfig config, ServiceTime time) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.caller = caller;
        this.config = config;
        this.time = time;
    }

    /** What a coordinator asks for; {@code secret} null to have one generated. */
    public record NewSubscription(String callbackUrl, List<String> eventTypes, ConsentPurpose purpose,
            String secret) {
    }

    public WebhookSubscription create(NewSubscription request) {
        String organisation = callerOrganisation();
        WebhookSecret secret = validate(request);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.organisation = organisation;
        subscription.callbackUrl = request.callbackUrl().strip();
        subscription.eventTypes = List.copyOf(new LinkedHashSet<>(request.eventTypes()));
        subscription.purpose = request.purpose();
        subscription.secret = secret.value();
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdBy = caller.subject();
        subscription.createdAt = time.timestamp();
        subscriptions.persist(subscription);
        subscriptions.flush();
        return subscription;
    }

    /** The subscription, if it is the caller's organisation's (else 403; 404 when there is none). */
    public WebhookSubscription ownSubscription(UUID id) {
        WebhookSubscription subscription = subscriptions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Webhook subscription", id));
        if (!subscription.organisation.equals(callerOrganisation())) {
            throw ProblemException.forbidden("The subscription is another organisation's");
        }
        return subscription;
    }

    public Page<WebhookSubscription> list(PageRequest page) {
        return subscriptions.pageOfOrganisation(callerOrganisation(), page);
    }

    /** Ends the subscription; its pending deliveries and its delivery log go with it. */
    public void delete(UUID id) {
        subscriptions.delete(ownSubscription(id));
    }

    /** Takes a FAILING subscription back into use; its later deliveries are tried as before. */
    public WebhookSubscription reEnable(UUID id, String ifMatch) {
        WebhookSubscription subscription = ownSubscription(id);
        Versions.requireCurrent(subscription.version, ifMatch);
        subscription.markActive();
        subscriptions.flush();
        return subscription;
    }

    /**
     * Puts a new secret (given, or generated when null) in use at once; the current one goes on signing beside it
     * for the overlap (the configured one when null), so the partner's receiver verifies throughout the switch.
     */
    public WebhookSubscription rotateSecret(UUID id, String ifMatch, String givenSecret, Duration overlap) {
        WebhookSubscription subscription = ownSubscription(id);
        Versions.requireCurrent(subscription.version, ifMatch);
        WebhookSecret next = secret(givenSecret).orElseThrow(
                () -> ProblemException.invalid(List.of(new Violation("secret", WebhookSecret.RULE))));
        subscription.rotateSecret(next, time.timestamp().plus(overlap == null ? config.secretOverlap() : overlap));
        subscriptions.flush();
        return subscription;
    }

    public Page<WebhookDelivery> deliveries(UUID id, PageRequest page) {
        return deliveries.pageOfSubscription(ownSubscription(id).id, page);
    }

    /** Sends the subscription's delivered and failed events since the moment again; the basis is checked anew. */
    public int replay(UUID id, OffsetDateTime since) {
        return deliveries.replay(ownSubscription(id).id, since, time.timestamp());
    }

    private String callerOrganisation() {
        String organisation = caller.organisation();
        if (organisation.isBlank()) {
            throw ProblemException.forbidden("The token names no organisation (org claim)");
        }
        return organisation;
    }

    private WebhookSecret validate(NewSubscription request) {
        List<Violation> violations = new ArrayList<>();
        CallbackUrl.problem(request.callbackUrl().strip(), config.allowHttp())
                .ifPresent(problem -> violations.add(new Violation("callbackUrl", problem)));
        for (int i = 0; i < request.eventTypes().size(); i++) {
            if (!PartnerFields.isSubscribable(request.eventTypes().get(i))) {
                violations.add(new Violation("eventTypes[" + i + "]",
                        "is not an event type partners may subscribe to; one of " + PartnerFields.types()));
            }
        }
        Optional<WebhookSecret> secret = secret(request.secret());
        if (secret.isEmpty()) {
            violations.add(new Violation("secret", WebhookSecret.RULE));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return secret.get();
    }

    private static Optional<WebhookSecret> secret(String given) {
        return given == null ? Optional.of(WebhookSecret.generate()) : WebhookSecret.parse(given);
    }
}
