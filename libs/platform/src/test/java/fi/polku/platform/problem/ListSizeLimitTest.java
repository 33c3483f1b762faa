package fi.polku.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Security issue item 6: "A 160 KB body of 40,000 empty team members took 6.75 s and returned 7.9 MB of violations
 * … Enforce maxItems/size limits before validating elements". The list is refused while it is read.
 */
class ListSizeLimitTest {

    record Member(@NotBlank String name) {
    }

    record Team(@NotBlank String title, @Size(max = 100) List<@Valid Member> members, List<String> notes) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static String team(int members) {
        return "{\"title\":\"t\",\"members\":[" + IntStream.range(0, members).mapToObj(i -> "{}")
                .collect(Collectors.joining(",")) + "]}";
    }

    @Test
    void fortyThousandEmptyMembersAreOneViolationNamingTheList() {
        assertThatThrownBy(() -> mapper.readValue(team(40_000), Team.class))
                .isInstanceOfSatisfying(ListSizeLimit.TooManyItems.class, error -> {
                    Response response = new ProblemMappers().unreadableBody(error, null);
                    assertThat(response.getStatus()).isEqualTo(400);
                    assertThat(((Problem) response.getEntity()).violations())
                            .containsExactly(new Violation("members", "must have at most 100 items"));
                });
    }

    @Test
    void aListWithinItsLimitAndOneWithoutALimitAreReadAsBefore() throws Exception {
        assertThat(mapper.readValue(team(100), Team.class).members()).hasSize(100);
        String notes = "{\"title\":\"t\",\"notes\":[" + IntStream.range(0, 500).mapToObj(i -> "\"n\"")
                .collect(Collectors.joining(",")) + "]}";
        assertThat(mapper.readValue(notes, Team.class).notes()).hasSize(500);
    }
}
