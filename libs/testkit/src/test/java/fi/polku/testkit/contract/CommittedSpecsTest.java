package fi.polku.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import fi.polku.testkit.ProjectFiles;

/** The committed OpenAPI specs, as a partner's developer gets them: the contract rules, and both linters clean. */
class CommittedSpecsTest {

    private static List<Path> specs() throws IOException {
        try (Stream<Path> folders = Files.list(ProjectFiles.resolve("api-specs"))) {
            return folders.map(folder -> folder.resolve("openapi.yaml")).filter(Files::exists).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySpecKeepsTheContractRules() throws IOException {
        List<Path> specs = specs();
        assertThat(specs).hasSizeGreaterThanOrEqualTo(5);
        return specs.stream().map(spec -> DynamicTest.dynamicTest(spec.getParent().getFileName().toString(),
                () -> assertThat(ContractRules.broken(spec)).as(spec.toString()).isEmpty()));
    }

    @Test
    void spectralAndRedoclyReportNoErrorsAndNoWarnings() throws IOException, InterruptedException {
        Process lint = new ProcessBuilder("bash", ProjectFiles.resolve("scripts/lint-specs.sh").toString())
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("lint finished").isTrue();
        assertThat(lint.exitValue()).as(output).isZero();
        assertThat(output).contains("no errors or warnings");
    }
}
