package fi.polku.fhir.upstream;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.client.assessment.ApiClient;
import fi.polku.client.assessment.ApiException;
import fi.polku.client.assessment.api.AssessmentReferralsApi;
import fi.polku.client.assessment.api.AssessmentsApi;
import fi.polku.client.assessment.api.ClientPlansAndTrendsApi;
import fi.polku.client.assessment.api.InstrumentsApi;
import fi.polku.client.assessment.model.ActivationPlanView;
import fi.polku.client.assessment.model.AssessmentReferralView;
import fi.polku.client.assessment.model.AssessmentView;
import fi.polku.client.assessment.model.InstrumentDefinition;
import fi.polku.client.assessment.model.PageAssessmentView;
import fi.polku.client.assessment.model.PageInstrumentDefinition;
import fi.polku.client.assessment.model.ImplementationPlanView;
import fi.polku.client.assessment.model.PageActivationPlanView;
import fi.polku.client.assessment.model.PageAssessmentReferralView;
import fi.polku.client.assessment.model.PageImplementationPlanView;
import fi.polku.fhir.config.OwningServicesConfig;

/**
 * assessment-service through its generated client: the client's activation and implementation plans, the case
 * owners' referrals to a team, team assessments (with their instrument responses) and the instrument definitions.
 */
@ApplicationScoped
public class AssessmentApi {

    private static final String SERVICE = "assessment";

    private final ClientPlansAndTrendsApi plans;
    private final AssessmentsApi assessments;
    private final AssessmentReferralsApi referrals;
    private final InstrumentsApi instruments;

    public AssessmentApi(OwningServicesConfig config) {
        ApiClient client = new ApiClient(HttpClient.newBuilder().connectTimeout(config.timeout()),
                ApiClient.createDefaultObjectMapper(), config.assessment()).setReadTimeout(config.timeout());
        this.plans = new ClientPlansAndTrendsApi(client);
        this.assessments = new AssessmentsApi(client);
        this.referrals = new AssessmentReferralsApi(client);
        this.instruments = new InstrumentsApi(client);
    }

    /** The client's assessments, as listed (without findings: read one for its instrument responses). */
    public List<AssessmentView> assessments(UUID clientId, Map<String, String> caller) {
        return AllPages.collect(
                cursor -> call(() -> assessments.listAssessments(clientId, cursor, null, AllPages.SIZE, null, null,
                        null, caller)),
                PageAssessmentView::getItems, PageAssessmentView::getNext);
    }

    /** One assessment with its findings, instrument responses included. */
    public AssessmentView assessment(UUID id, Map<String, String> caller) {
        return call(() -> assessments.getAssessment(id, caller));
    }

    /** The client's referrals to work-ability teams, the oldest request first, each with its history. */
    public List<AssessmentReferralView> assessmentReferrals(UUID clientId, Map<String, String> caller) {
        return AllPages.collect(
                cursor -> call(() -> referrals.listAssessmentReferrals(clientId, cursor, AllPages.SIZE, null, null,
                        caller)),
                PageAssessmentReferralView::getItems, PageAssessmentReferralView::getNext);
    }

    public AssessmentReferralView assessmentReferral(UUID id, Map<String, String> caller) {
        return call(() -> referrals.getAssessmentReferral(id, caller));
    }

    /** Every instrument version in use. */
    public List<InstrumentDefinition> instruments(Map<String, String> caller) {
        return AllPages.collect(cursor -> call(() -> instruments.listInstruments(cursor, AllPages.SIZE, caller)),
                PageInstrumentDefinition::getItems, PageInstrumentDefinition::getNext);
    }

    public InstrumentDefinition instrument(String id, int version, Map<String, String> caller) {
        return call(() -> instruments.getInstrumentVersion(id, version, caller));
    }

    /** Every version, newest first (the first is the current plan). */
    public List<ActivationPlanView> activationPlans(UUID clientId, Map<String, String> caller) {
        return AllPages.collect(
                cursor -> call(() -> plans.listActivationPlanVersions(clientId, cursor, AllPages.SIZE, caller)),
                PageActivationPlanView::getItems, PageActivationPlanView::getNext);
    }

    /** Every version, newest first (the first is the current plan). */
    public List<ImplementationPlanView> implementationPlans(UUID clientId, Map<String, String> caller) {
        return AllPages.collect(
                cursor -> call(() -> plans.listImplementationPlanVersions(clientId, cursor, AllPages.SIZE, caller)),
                PageImplementationPlanView::getItems, PageImplementationPlanView::getNext);
    }

    private interface Call<T> {
        T call() throws ApiException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (ApiException e) {
            throw new UpstreamFailure(SERVICE, e.getCode(), e);
        }
    }
}
