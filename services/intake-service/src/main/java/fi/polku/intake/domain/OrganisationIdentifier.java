package fi.polku.intake.domain;

import java.util.regex.Pattern;

/**
 * The one identifier by which organisations are named everywhere (api-specs/events/README.md): a company's business
 * ID (Y-tunnus, NNNNNNN-C with a valid check digit) or a public body's code such as {@code hyvinvointialue-dev}.
 */
public final class OrganisationIdentifier {

    private static final Pattern BUSINESS_ID = Pattern.compile("\\d{7}-\\d");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private OrganisationIdentifier() {
    }

    /** @return why the identifier is not acceptable, or null when it is */
    public static String problem(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return "is required";
        }
        if (BUSINESS_ID.matcher(identifier).matches()) {
            return validBusinessId(identifier) ? null : "is not a valid business ID (wrong check digit)";
        }
        if (identifier.matches("\\d{6,8}-?\\d?")) {
            return "must be a business ID in the form 1234567-8";
        }
        return CODE.matcher(identifier).matches() ? null
                : "must be a business ID (1234567-8) or an organisation code of lower-case letters, digits, '.', '_' "
                        + "and '-'";
    }

    /** The identifier has the form of a business ID (its check digit is {@link #problem}'s matter). */
    public static boolean isBusinessId(String identifier) {
        return identifier != null && BUSINESS_ID.matcher(identifier).matches();
    }

    static boolean validBusinessId(String businessId) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (businessId.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return businessId.charAt(8) - '0' == check;
    }
}
