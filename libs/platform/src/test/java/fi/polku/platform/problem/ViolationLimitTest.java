package fi.polku.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/** Security issue item 6: a body of thousands of invalid items gets a bounded answer that still names them all. */
class ViolationLimitTest {

    record Member(@NotBlank String name, @NotBlank String role) {
    }

    record Team(@NotBlank String title, List<@Valid Member> members) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Problem answerTo(Team team) {
        ConstraintViolationException error = new ConstraintViolationException(validator.validate(team));
        Response response = new ProblemMappers().violations(error, null);
        assertThat(response.getStatus()).isEqualTo(400);
        return (Problem) response.getEntity();
    }

    @Test
    void thousandsOfInvalidItemsAreCountedButAtMostAHundredListed() {
        Problem problem = answerTo(new Team("", IntStream.range(0, 2_000).mapToObj(i -> new Member("", "")).toList()));
        assertThat(problem.violations()).hasSize(ProblemMappers.MAX_VIOLATIONS_SHOWN);
        assertThat(problem.extensions()).containsEntry("violationsNotShown", 4_001 - 100);
        assertThat(problem.detail()).contains("4001 invalid fields");
        assertThat(problem.violations().get(0).field()).as("sorted by field").isEqualTo("members[0].name");
    }

    @Test
    void aNormalRequestGetsEveryInvalidFieldAtOnce() {
        Problem problem = answerTo(new Team("", List.of(new Member("Oona", ""), new Member("", "coach"))));
        assertThat(problem.violations()).extracting(Violation::field)
                .containsExactly("members[0].role", "members[1].name", "title");
        assertThat(problem.extensions()).doesNotContainKey("violationsNotShown");
    }
}
