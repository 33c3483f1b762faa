package fi.polku.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IdentityCodesTest {

    @Test
    void aCodeInTheTextIsFoundWhateverItsCaseAndCenturySign() {
        assertThat(IdentityCodes.appearIn("Client 131052-308T phoned")).isTrue();
        assertThat(IdentityCodes.appearIn("client 131052-308t phoned")).isTrue();
        assertThat(IdentityCodes.appearIn("(010594Y9032)")).isTrue();
        assertThat(IdentityCodes.appearIn("020502A903Y.")).isTrue();
    }

    @Test
    void theCheckCharacterIsTheRemainderOfTheNineDigitsDividedBy31() {
        assertThat(IdentityCodes.checkCharacter("131052", "308")).isEqualTo('T');
        assertThat(IdentityCodes.checkCharacter("010594", "903")).isEqualTo('2');
    }

    @Test
    void aWrongCheckCharacterOrTouchingCharactersAreNotACode() {
        assertThat(IdentityCodes.appearIn("131052-308U")).isFalse();
        assertThat(IdentityCodes.appearIn("x131052-308T")).isFalse();
        assertThat(IdentityCodes.appearIn("131052-308T5")).isFalse();
        assertThat(IdentityCodes.appearIn(null)).isFalse();
    }

    @Test
    void uuidsWhichOftenLookLikeCodesAreNotTakenForOne() {
        // the emergency-access reason in a test carried a UUID and was refused as holding a code
        assertThat(IntStream.range(0, 20_000).mapToObj(i -> "stay " + UUID.randomUUID())
                .filter(IdentityCodes::appearIn)).isEmpty();
    }
}
