package fi.polku.coaching.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.BusinessId;
import fi.polku.coaching.domain.Coach;
import fi.polku.coaching.domain.CoachRegistration;
import fi.polku.coaching.domain.ContractTerms;
import fi.polku.coaching.domain.Outcome;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.domain.ProviderRegistration;
import fi.polku.coaching.repository.CoachRepository;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.ProviderRepository;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.time.ServiceTime;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProviderService {

    static final Set<Outcome> DEFAULT_GUIDANCE_OUTCOMES = EnumSet.of(Outcome.WORK_TRIAL, Outcome.TE_SERVICES,
            Outcome.PAY_SUBSIDISED_WORK, Outcome.STUDIES, Outcome.REHABILITATION, Outcome.SICK_LEAVE, Outcome.PENSION);
    static final Set<Outcome> DEFAULT_RESULT_OUTCOMES = EnumSet.of(Outcome.PAID_WORK);

    private final ProviderRepository providers;
    private final CoachRepository coaches;
    private final EpisodeRepository episodes;
    private final EpisodeService episodeService;
    private final FidelityService fidelity;
    private final ServiceTime time;

    public ProviderService(ProviderRepository providers, CoachRepository coaches, EpisodeRepository episodes,
            EpisodeService episodeService, FidelityService fidelity, ServiceTime time) {
        this.time = time;
        this.fidelity = fidelity;
        this.providers = providers;
        this.coaches = coaches;
        this.episodes = episodes;
        this.episodeService = episodeService;
    }

    public Provider create(ProviderRegistration request) {
        validate(request);
        if (providers.findByOrganisation(request.organisationId()).isPresent()) {
            throw ProblemException.conflict("A provider with business ID " + request.organisationId()
                    + " already exists", Map.of("organisationId", request.organisationId()));
        }
        ContractTerms contract = request.contract();
        Provider provider = new Provider();
        provider.id = UUID.randomUUID();
        provider.name = request.name();
        provider.organisationId = request.organisationId();
        provider.elyCentre = contract.elyCentre();
        provider.contractFrom = contract.validFrom();
        provider.contractUntil = contract.validUntil();
        provider.startFee = contract.startFee();
        provider.guidanceFee = contract.guidanceFee();
        provider.resultFee = contract.resultFee();
        provider.guidanceOutcomes = names(contract.guidanceOutcomes(), DEFAULT_GUIDANCE_OUTCOMES);
        provider.resultOutcomes = names(contract.resultOutcomes(), DEFAULT_RESULT_OUTCOMES);
        provider.createdAt = time.timestamp();
        providers.persist(provider);
        providers.flush();
        fidelity.scheduleChanged(provider);
        episodeService.providerAdded(provider);
        return provider;
    }

    public Provider get(UUID id) {
        return providers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Provider", id));
    }

    public Page<Provider> list(PageRequest page) {
        return providers.pageByName(page);
    }

    public Coach addCoach(Provider provider, CoachRegistration request) {
        Coach coach = new Coach();
        coach.id = UUID.randomUUID();
        coach.providerId = provider.id;
        coach.name = request.name();
        coach.userId = request.userId();
        coach.fullTimeShare = request.fullTimeShare();
        coach.maxCaseload = request.maxCaseload() == null ? Coach.modelCaseload(request.fullTimeShare())
                : request.maxCaseload();
        coach.providerLead = request.providerLead();
        coach.createdAt = time.timestamp();
        coaches.persist(coach);
        coaches.flush();
        episodeService.coachAdded(provider.id);
        return coach;
    }

    public Coach coach(UUID coachId) {
        return coaches.findByIdOptional(coachId).orElseThrow(() -> ProblemException.notFound("Coach", coachId));
    }

    public Page<Coach> coaches(UUID providerId, PageRequest page) {
        return coaches.pageOfProvider(providerId, page);
    }

    public long activeCaseload(UUID coachId) {
        return episodes.activeOfCoach(coachId);
    }

    private static void validate(ProviderRegistration request) {
        List<Violation> violations = new ArrayList<>();
        if (!BusinessId.isValid(request.organisationId())) {
            violations.add(new Violation("organisationId",
                    "must be a Finnish business ID (Y-tunnus) 1234567-8 with a valid check digit"));
        }
        if (request.contract().validUntil().isBefore(request.contract().validFrom())) {
            violations.add(new Violation("contract.validUntil", "must not be before validFrom"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static List<String> names(Set<Outcome> given, Set<Outcome> defaults) {
        return (given == null ? defaults : given).stream().sorted().map(Enum::name).toList();
    }
}
