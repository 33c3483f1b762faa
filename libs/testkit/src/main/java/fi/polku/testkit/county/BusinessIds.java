package fi.polku.testkit.county;

/** Valid Finnish business IDs (Y-tunnus, check digit by the weights 7 9 10 5 8 4 2) for made-up organisations. */
public final class BusinessIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessIds() {
    }

    /** The first valid business ID from the seven-digit {@code number} on (numbers whose remainder is 1 have none). */
    public static String firstValidFrom(int number) {
        return nthValidFrom(number, 0);
    }

    /** The {@code n}th (from zero) valid business ID from the seven-digit {@code number} on. */
    public static String nthValidFrom(int number, int n) {
        int found = -1;
        for (int candidate = number; ; candidate++) {
            String digits = Integer.toString(candidate);
            int sum = 0;
            for (int i = 0; i < WEIGHTS.length; i++) {
                sum += WEIGHTS[i] * (digits.charAt(i) - '0');
            }
            int remainder = sum % 11;
            if (remainder != 1 && ++found == n) {
                return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }
}
