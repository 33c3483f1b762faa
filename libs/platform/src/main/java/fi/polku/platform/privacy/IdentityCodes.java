package fi.polku.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Finnish personal identity codes (henkilötunnus) in free text that must not hold one, and computes the
 * check character that makes an 11-character string a code. A candidate counts only when it stands on its own
 * (no letter or digit touching it) and its check character matches, so identifiers such as UUIDs, which often
 * contain six digits, a hex letter and four more characters, are not mistaken for codes.
 */
public final class IdentityCodes {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{Alnum}])(\\d{6})[-+A-FU-Y](\\d{3})([0-9A-Y])(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private IdentityCodes() {
    }

    /** The check character of the birth date (DDMMYY) and the three-digit individual number. */
    public static char checkCharacter(String birthDateDigits, String individualNumber) {
        long checked = Long.parseLong(birthDateDigits + individualNumber);
        return CHECK_CHARACTERS.charAt((int) (checked % 31));
    }

    /** Whether the text holds something that is, by its form and check character, a personal identity code. */
    public static boolean appearIn(String text) {
        if (text == null) {
            return false;
        }
        Matcher candidate = CANDIDATE.matcher(text);
        while (candidate.find()) {
            char check = Character.toUpperCase(candidate.group(3).charAt(0));
            if (checkCharacter(candidate.group(1), candidate.group(2)) == check) {
                return true;
            }
        }
        return false;
    }
}
