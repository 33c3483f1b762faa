package fi.polku.bench;

/** Valid Finnish business IDs (Y-tunnus) with their check digit, for the benchmark's coaching providers. */
final class BusinessIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessIds() {
    }

    /** The {@code n}th valid business ID of the benchmark's series 2900000… (numbers whose remainder is 1 have none). */
    static String nth(int n) {
        int found = -1;
        for (int number = 2_900_000; ; number++) {
            String digits = Integer.toString(number);
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
