package fi.polku.intake.rest;

/**
 * The request rule of a personal identity code as {@code PersonalIdentityCode} enforces it at the API: exactly 11
 * characters DDMMYYCZZZQ, letters in either case. The pattern states the form; the service also checks what a pattern
 * cannot (a real birth date not in the future, the check character's value).
 */
final class IdentityCodeSchema {

    static final String PATTERN = "^\\d{6}[-+A-FU-Ya-fu-y](?:00[2-9]|0[1-9]\\d|[1-9]\\d{2})"
            + "[0-9A-FHJ-NPR-Ya-fhj-npr-y]$";
    static final String DESCRIPTION = "Personal identity code (henkilötunnus), 11 characters DDMMYYCZZZQ, letters in "
            + "either case: the birth date DDMMYY (a real day, not in the future), the century sign C (+ for the "
            + "1800s; - Y X W V U for the 1900s; A B C D E F for the 2000s), the individual number ZZZ 002-999 "
            + "(900-999 are temporary codes) and the check character Q, which must be the one the code's nine digits "
            + "give (0-9 A-F H J-N P R-Y, remainder of DDMMYYZZZ divided by 31). A code that breaks a rule gets 400 "
            + "naming `identityCode` and what is wrong, never the code itself.";

    private IdentityCodeSchema() {
    }
}
