package fi.polku.reporting.signin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start outside the dev, test and local profiles while the local sign-in is configured: it signs anyone
 * in with a dev token, as the committed dev keys would (the platform's DevSecretsGuard refuses those).
 */
@Singleton
public class LocalSignInGuard {

    private static final Set<String> DEV_PROFILES = Set.of("dev", "test", "local");

    private final Optional<String> tokens;

    public LocalSignInGuard(@ConfigProperty(name = "polku.dashboard.local-sign-in.tokens") Optional<String> tokens) {
        this.tokens = tokens;
    }

    void onStart(@Observes StartupEvent startup) {
        check(ConfigUtils.getProfiles(), tokens);
    }

    static void check(List<String> profiles, Optional<String> tokens) {
        if (tokens.isPresent() && profiles.stream().noneMatch(DEV_PROFILES::contains)) {
            throw new IllegalStateException("Refusing to start in a production profile with the local sign-in "
                    + "(polku.dashboard.local-sign-in.tokens): the dashboard signs in through the county's identity "
                    + "provider there.");
        }
    }
}
