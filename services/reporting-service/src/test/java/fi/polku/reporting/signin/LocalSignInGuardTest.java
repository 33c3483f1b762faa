package fi.polku.reporting.signin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LocalSignInGuardTest {

    @Test
    void aProductionProfileWithTheLocalSignInRefusesToStart() {
        assertThatThrownBy(() -> LocalSignInGuard.check(List.of("prod"), Optional.of(".polku/tokens")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("polku.dashboard.local-sign-in.tokens");
        assertThatThrownBy(() -> LocalSignInGuard.check(List.of("staging"), Optional.of("/tmp/tokens")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLocalProfilesMayUseItAndProductionWithoutItStarts() {
        assertThatCode(() -> LocalSignInGuard.check(List.of("local"), Optional.of(".polku/tokens"))).doesNotThrowAnyException();
        assertThatCode(() -> LocalSignInGuard.check(List.of("test"), Optional.of("target/t"))).doesNotThrowAnyException();
        assertThatCode(() -> LocalSignInGuard.check(List.of("prod"), Optional.empty())).doesNotThrowAnyException();
    }
}
