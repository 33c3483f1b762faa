package fi.polku.coaching.domain;

import static fi.polku.coaching.domain.Phase.EMPLOYER_AGREEMENT;
import static fi.polku.coaching.domain.Phase.ENGAGEMENT;
import static fi.polku.coaching.domain.Phase.JOB_SEARCH;
import static fi.polku.coaching.domain.Phase.JOB_SUPPORT;
import static fi.polku.coaching.domain.Phase.VOCATIONAL_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseRulesTest {

    @Test
    void phasesAdvanceOneStepAtATime() {
        assertThat(PhaseRules.allowed(null, ENGAGEMENT)).isTrue();
        assertThat(PhaseRules.allowed(ENGAGEMENT, VOCATIONAL_PROFILE)).isTrue();
        assertThat(PhaseRules.allowed(VOCATIONAL_PROFILE, JOB_SEARCH)).isTrue();
        assertThat(PhaseRules.allowed(JOB_SEARCH, EMPLOYER_AGREEMENT)).isTrue();
        assertThat(PhaseRules.allowed(EMPLOYER_AGREEMENT, JOB_SUPPORT)).isTrue();
    }

    @Test
    void skippingAheadOrStayingIsRefused() {
        assertThat(PhaseRules.allowed(null, JOB_SEARCH)).isFalse();
        assertThat(PhaseRules.allowed(ENGAGEMENT, JOB_SEARCH)).isFalse();
        assertThat(PhaseRules.allowed(VOCATIONAL_PROFILE, JOB_SUPPORT)).isFalse();
        assertThat(PhaseRules.allowed(JOB_SEARCH, JOB_SEARCH)).isFalse();
        assertThat(PhaseRules.allowed(VOCATIONAL_PROFILE, ENGAGEMENT)).isFalse();
    }

    @Test
    void documentedExceptions() {
        assertThat(PhaseRules.allowed(JOB_SUPPORT, JOB_SEARCH)).as("a job ended").isTrue();
        assertThat(PhaseRules.allowed(EMPLOYER_AGREEMENT, JOB_SEARCH)).as("not hired").isTrue();
        assertThat(PhaseRules.allowed(JOB_SEARCH, JOB_SUPPORT)).as("job without employer agreement").isTrue();
        assertThat(PhaseRules.allowed(JOB_SUPPORT, VOCATIONAL_PROFILE)).as("profile after a job").isTrue();
        assertThat(PhaseRules.allowed(JOB_SUPPORT, ENGAGEMENT)).isFalse();
    }
}
