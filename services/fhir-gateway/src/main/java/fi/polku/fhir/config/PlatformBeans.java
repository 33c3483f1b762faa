package fi.polku.fhir.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import fi.polku.platform.metrics.UnmatchedRoutes;
import fi.polku.platform.security.DevSecretsGuard;
import fi.polku.platform.security.TokenRules;
import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.runtime.StartupEvent;

/**
 * The platform's token rules, dev-secrets guard and metric naming, the same classes every service runs. The platform
 * jar is excluded from bean discovery here (its persistence, messaging and access-basis beans need a database of
 * their own), so the ones the gateway shares are produced explicitly.
 */
@Singleton
public class PlatformBeans {

    @Produces
    @Singleton
    TokenRules tokenRules(@ConfigProperty(name = "mp.jwt.verify.clock.skew") long clockSkew) {
        return new TokenRules(clockSkew);
    }

    @Produces
    @Singleton
    MeterFilter unmatchedRoutesShareOneUri() {
        return new UnmatchedRoutes().unmatchedRoutesShareOneUri();
    }

    void refuseCommittedDevSecrets(@Observes StartupEvent startup, Config config) {
        new DevSecretsGuard().onStart(startup, config);
    }
}
