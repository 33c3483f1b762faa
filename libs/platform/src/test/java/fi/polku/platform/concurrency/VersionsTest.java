package fi.polku.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fi.polku.platform.problem.ProblemException;

class VersionsTest {

    @Test
    void theETagIsTheVersionAndIfMatchAcceptsStrongAndWeakForms() {
        assertThat(Versions.etag(3).toString()).isEqualTo("\"3\"");
        assertThat(Versions.expectedVersion("\"3\"")).isEqualTo(3);
        assertThat(Versions.expectedVersion("W/\"7\"")).isEqualTo(7);
    }

    @Test
    void aMissingIfMatchIs428AMalformedOne400AndAStaleOne412() {
        assertThatThrownBy(() -> Versions.expectedVersion(null)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> Versions.expectedVersion("3")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> Versions.requireCurrent(4, "\"3\"")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(412));
        Versions.requireCurrent(3, "\"3\"");
    }
}
