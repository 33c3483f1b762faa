package fi.polku.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class StrictJsonTest {

    record Note(String title, List<String> lines, Inner inner) {
    }

    record Inner(String text) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aNulCharacterAnywhereIsRefusedNamingItsField() {
        assertThatThrownBy(() -> mapper.readValue("{\"title\":\"a\\u0000b\"}", Note.class))
                .isInstanceOf(NulCharacterRefused.NulCharacter.class)
                .satisfies(e -> assertThat(ProblemMappers.jsonPath((JsonMappingException) e)).isEqualTo("title"));
        assertThatThrownBy(() -> mapper.readValue("{\"lines\":[\"ok\",\"\\u0000\"]}", Note.class))
                .satisfies(e -> assertThat(ProblemMappers.jsonPath((JsonMappingException) e)).isEqualTo("lines[1]"));
        assertThatThrownBy(() -> mapper.readValue("{\"inner\":{\"text\":\"x\\u0000\"}}", Note.class))
                .satisfies(e -> assertThat(ProblemMappers.jsonPath((JsonMappingException) e))
                        .isEqualTo("inner.text"));
    }

    @Test
    void otherStringsReadAsBefore() throws Exception {
        Note note = mapper.readValue("{\"title\":\"Työkyky ja \\u00e4\",\"lines\":[\"\"],\"inner\":null}", Note.class);
        assertThat(note.title()).isEqualTo("Työkyky ja ä");
        assertThat(note.lines()).containsExactly("");
    }
}
