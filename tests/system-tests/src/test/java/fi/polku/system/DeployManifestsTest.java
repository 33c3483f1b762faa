package fi.polku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fi.polku.testkit.ProjectFiles;

/** docker-compose.yml and deploy/ cannot run here; their offline validation keeps them in step with the code. */
class DeployManifestsTest {

    @Test
    void composeAndKubernetesManifestsAgreeWithTheCode() throws Exception {
        Process validation = new ProcessBuilder("bash", "deploy/validate.sh").directory(ProjectFiles.root().toFile())
                .redirectErrorStream(true).start();
        String output = new String(validation.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(validation.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(validation.exitValue()).as(output).isZero();
        assertThat(output).contains("0 failed");
    }
}
