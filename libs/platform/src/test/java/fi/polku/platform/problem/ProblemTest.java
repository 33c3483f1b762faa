package fi.polku.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ProblemTest {

    @Test
    void serialisesAsRfc9457WithViolationsAndExtensionMembersAtTheTopLevel() {
        UUID existing = UUID.randomUUID();
        Problem problem = ProblemException.conflict("already registered", Map.of("existingClientId", existing))
                .toProblem("/api/v1/clients");
        JsonNode json = new ObjectMapper().valueToTree(problem);
        assertThat(json.path("type").asText()).isEqualTo("https://polku.fi/problems/conflict");
        assertThat(json.path("status").asInt()).isEqualTo(409);
        assertThat(json.path("instance").asText()).isEqualTo("/api/v1/clients");
        assertThat(json.path("existingClientId").asText()).isEqualTo(existing.toString());
        assertThat(json.has("extensions")).isFalse();

        JsonNode invalid = new ObjectMapper().valueToTree(
                ProblemException.invalid(List.of(new Violation("email", "must be an e-mail address"))).toProblem("/x"));
        assertThat(invalid.path("violations").get(0).path("field").asText()).isEqualTo("email");
        assertThat(invalid.path("detail").asText()).isEqualTo("The request has 1 invalid field(s)");
    }
}
