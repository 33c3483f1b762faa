package fi.polku.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"2345678-0", "0112038-9", "hyvinvointialue-dev", "orimattila.tyopaja"})
    void acceptsBusinessIdsAndOrganisationCodes(String identifier) {
        assertThat(OrganisationIdentifier.problem(identifier)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "2345678-1, is not a valid business ID (wrong check digit)",
        "2345678, must be a business ID in the form 1234567-8",
        "'ValmennusLehto Oy', must be a business ID (1234567-8) or an organisation code",
        "' ', is required"})
    void rejectsOthersSayingWhy(String identifier, String problem) {
        assertThat(OrganisationIdentifier.problem(identifier)).startsWith(problem);
    }
}
