package fi.polku.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start outside the dev, test and local profiles while a committed dev secret is configured: the dev
 * JWT verification key (which would accept tokens anyone can mint from the repository) or any property listed in
 * {@code polku.secrets.guarded} whose value equals its committed {@code %dev.} value.
 */
@Singleton
public class DevSecretsGuard {

    static final String DEV_JWT_KEY = "dev-keys/jwt-public.pem";
    private static final Set<String> DEV_PROFILES = Set.of("dev", "test", "local");

    public void onStart(@Observes StartupEvent startup, Config config) {
        if (ConfigUtils.getProfiles().stream().anyMatch(DEV_PROFILES::contains)) {
            return;
        }
        List<String> offending = devSecretsIn(config);
        if (!offending.isEmpty()) {
            throw new IllegalStateException("Refusing to start in a production profile with committed dev secrets: "
                    + String.join(", ", offending) + ". Supply the production keys as secrets (see deploy/README.md).");
        }
    }

    static List<String> devSecretsIn(Config config) {
        List<String> offending = new ArrayList<>();
        if (usesDevJwtKey(config)) {
            offending.add("mp.jwt.verify.publickey");
        }
        for (String property : config.getOptionalValues("polku.secrets.guarded", String.class).orElse(List.of())) {
            Optional<String> value = config.getOptionalValue(property, String.class);
            if (value.isPresent() && value.get().equals(devValue(config, property))) {
                offending.add(property);
            }
        }
        return offending;
    }

    private static boolean usesDevJwtKey(Config config) {
        String devKey = normalised(read(DEV_JWT_KEY));
        Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
        if (inline.isPresent() && normalised(inline.get()).equals(devKey)) {
            return true;
        }
        return config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                .map(location -> normalised(read(location)).equals(devKey))
                .orElse(false);
    }

    private static String devValue(Config config, String property) {
        return StreamSupport.stream(config.getConfigSources().spliterator(), false)
                .map(source -> source.getValue("%dev." + property))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static String read(String location) {
        String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        try (InputStream resource = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (resource != null) {
                return new String(resource.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path file = Path.of(path.startsWith("file:") ? path.substring("file:".length()) : path);
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalised(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
