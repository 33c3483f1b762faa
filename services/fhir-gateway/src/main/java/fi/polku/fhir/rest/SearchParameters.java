package fi.polku.fhir.rest;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.polku.fhir.mapping.Referral;
import fi.polku.fhir.mapping.UuidPair;
import fi.polku.fhir.service.Referrals;

/** The search parameters the gateway understands, checked before any owning service is called. */
final class SearchParameters {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 200;
    private static final Pattern CURSOR = Pattern.compile("^[A-Za-z0-9_-]{1,512}$");

    private SearchParameters() {
    }

    /** {@code patient}: a Patient's logical id, bare or as {@code Patient/<id>}. */
    static UUID patient(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSearch("The search parameter 'patient' is required");
        }
        return id("patient", value.startsWith("Patient/") ? value.substring("Patient/".length()) : value);
    }

    static UUID id(String parameter, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSearch("'" + parameter + "' is not a logical id of this server");
        }
    }

    /** A logical id of two ids in one, e.g. an instrument response's or a consent's. */
    static UuidPair pair(String parameter, String id) {
        return UuidPair.parse(id)
                .orElseThrow(() -> new InvalidSearch("'" + parameter + "' is not a logical id of this server"));
    }

    /** A referral by its logical id; an id of no referral is a 400, an unknown referral a 404. */
    static Referral referral(Referrals referrals, String id, Map<String, String> caller) {
        return referrals.one(id, caller).orElseThrow(() -> new InvalidSearch("'id' is not a logical id of this server"));
    }

    static int count(Integer count) {
        if (count == null) {
            return DEFAULT_COUNT;
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidSearch("'_count' must be 1-" + MAX_COUNT);
        }
        return count;
    }

    /** {@code _page}: the opaque position of a page, as a previous page's {@code next} link gave it. */
    static String page(String page) {
        if (page != null && !CURSOR.matcher(page).matches()) {
            throw new InvalidSearch("'_page' is not a page of this search");
        }
        return page;
    }
}
