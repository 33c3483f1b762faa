package fi.polku.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackUrlTest {

    @Test
    void outsideTheLocalStackOnlyHttpsIsACallbackUrl() {
        assertThat(CallbackUrl.problem("https://portal.provider.example/polku", false)).isEmpty();
        assertThat(CallbackUrl.problem("http://portal.provider.example/polku", false)).contains("must be an https URL");
        assertThat(CallbackUrl.problem("http://localhost:8099/hooks", true)).isEmpty();
    }

    @Test
    void aCallbackUrlNamesAHostAndCarriesNoCredentials() {
        assertThat(CallbackUrl.problem("https:///polku", false)).contains("must name a host");
        assertThat(CallbackUrl.problem("https://user:pw@portal.example/polku", false))
                .contains("must not carry user info or a fragment");
        assertThat(CallbackUrl.problem("not a url", false)).isPresent();
        assertThat(CallbackUrl.problem("ftp://portal.example/polku", true)).contains("must be an http or https URL");
    }
}
