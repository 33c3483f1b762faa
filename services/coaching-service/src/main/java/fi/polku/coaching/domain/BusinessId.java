package fi.polku.coaching.domain;

import java.util.regex.Pattern;

/** The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit (weights 7, 9, 10, 5, 8, 4, 2, mod 11). */
public final class BusinessId {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {
    }

    public static boolean isValid(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return false;
        }
        Integer check = checkDigit(value.substring(0, 7));
        return check != null && check == value.charAt(8) - '0';
    }

    /** The check digit of seven digits, or null when none exists (remainder 1: such numbers are never issued). */
    public static Integer checkDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return null;
        }
        return remainder == 0 ? 0 : 11 - remainder;
    }
}
