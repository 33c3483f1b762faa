package fi.polku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import fi.polku.testkit.FreePorts;
import fi.polku.testkit.PostgresServer;
import fi.polku.testkit.ProjectFiles;
import fi.polku.testkit.system.PolkuService;
import fi.polku.testkit.system.ServicePorts;

/**
 * The production profile trusts no committed dev secret: given the dev JWT key or intake's dev identity-code keys
 * it refuses to start and names them; given keys of its own it starts. Runs the built intake service as a process.
 */
@ExtendWith(RunningSystem.class)
class ProductionKeysTest {

    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void theProductionProfileRefusesTheCommittedDevKeys() throws Exception {
        Properties intake = intakeProperties();
        Map<String, String> env = productionEnvironment("intake_prod_dev_keys");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                ProjectFiles.resolve("libs/platform/src/main/resources/dev-keys/jwt-public.pem").toString());
        env.put("POLKU_IDENTITY_ENCRYPTION_KEY", intake.getProperty("%dev.polku.identity.encryption-key"));
        env.put("POLKU_IDENTITY_INDEX_KEY", intake.getProperty("%dev.polku.identity.index-key"));
        Path log = work.resolve("dev-keys.log");

        Process process = start(env, log);
        assertThat(process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the service stops").isTrue();

        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(log)).contains("Refusing to start in a production profile with committed dev"
                + " secrets", "mp.jwt.verify.publickey", "polku.identity.encryption-key", "polku.identity.index-key");
    }

    @Test
    void theProductionProfileStartsWithKeysOfItsOwn() throws Exception {
        Map<String, String> env = productionEnvironment("intake_prod_own_keys");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", ownPublicKey().toString());
        env.put("POLKU_IDENTITY_ENCRYPTION_KEY", randomKey());
        env.put("POLKU_IDENTITY_INDEX_KEY", randomKey());
        ServicePorts ports = ServicePorts.free();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.http()));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(ports.management()));
        Process process = start(env, work.resolve("own-keys.log"));
        try {
            assertThat(awaitReady(process, ports.management())).as("ready on its own keys").isTrue();
            // security issue item 10: metrics and Swagger UI are not on the public port; the contract stays there
            assertThat(status(ports.http(), "/q/metrics")).as("public /q/metrics").isEqualTo(404);
            assertThat(status(ports.http(), "/q/health/ready")).as("public /q/health").isEqualTo(404);
            assertThat(status(ports.http(), "/q/swagger-ui/")).as("public Swagger UI").isEqualTo(404);
            assertThat(status(ports.http(), "/q/openapi")).as("public contract").isEqualTo(200);
            assertThat(status(ports.management(), "/q/metrics")).as("management /q/metrics").isEqualTo(200);
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Map<String, String> productionEnvironment(String database) {
        PostgresServer postgres = RunningSystem.system().infrastructure().postgres();
        postgres.createDatabase(database);
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_PROFILE", "prod");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(FreePorts.pick()));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(FreePorts.pick()));
        env.put("POLKU_DB_URL", postgres.jdbcUrl(database));
        env.put("POLKU_DB_USER", PostgresServer.USER);
        env.put("KAFKA_BOOTSTRAP_SERVERS", RunningSystem.system().infrastructure().kafka().bootstrapServers());
        return env;
    }

    private static Process start(Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", PolkuService.INTAKE.runnerJar(ProjectFiles.root()).toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static int status(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean awaitReady(Process process, int managementPort) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + managementPort + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private Path ownPublicKey() throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String encoded = Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        Path file = work.resolve("county-oidc-public.pem");
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + encoded + "\n-----END PUBLIC KEY-----\n");
        return file;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Properties intakeProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(
                ProjectFiles.resolve("services/intake-service/src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
