package fi.polku.intake.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.polku.platform.privacy.IdentityCodes;

/**
 * A Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ. Validated fully: the date is real, the century
 * sign is known (including the signs added in 2023: Y X W V U for the 1900s and B C D E F for the 2000s), the
 * individual number is 002–999 (900–999 are temporary codes) and the check character matches.
 * {@link #toString()} never reveals the code.
 */
public final class PersonalIdentityCode {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+A-FU-Y])(.{3})(.)");
    private static final Map<Character, Integer> CENTURIES = Map.ofEntries(
            Map.entry('+', 1800),
            Map.entry('-', 1900), Map.entry('Y', 1900), Map.entry('X', 1900), Map.entry('W', 1900),
            Map.entry('V', 1900), Map.entry('U', 1900),
            Map.entry('A', 2000), Map.entry('B', 2000), Map.entry('C', 2000), Map.entry('D', 2000),
            Map.entry('E', 2000), Map.entry('F', 2000));

    private final String value;
    private final LocalDate birthDate;
    private final boolean temporary;

    private PersonalIdentityCode(String value, LocalDate birthDate, boolean temporary) {
        this.value = value;
        this.birthDate = birthDate;
        this.temporary = temporary;
    }

    /** @throws InvalidIdentityCodeException naming what is wrong, without repeating the code */
    public static PersonalIdentityCode parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidIdentityCodeException("is required");
        }
        String code = input.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 11) {
            throw new InvalidIdentityCodeException("must be 11 characters long (DDMMYYCZZZQ)");
        }
        Matcher matcher = FORMAT.matcher(code);
        if (!Character.isDigit(code.charAt(0)) || !code.substring(0, 6).chars().allMatch(Character::isDigit)) {
            throw new InvalidIdentityCodeException("must start with the birth date as six digits (DDMMYY)");
        }
        if (!matcher.matches()) {
            throw new InvalidIdentityCodeException("has an unknown century sign; expected one of + - Y X W V U A B C D E F");
        }
        String individualNumber = matcher.group(5);
        if (!individualNumber.chars().allMatch(Character::isDigit)) {
            throw new InvalidIdentityCodeException("must have three digits as the individual number");
        }
        int individual = Integer.parseInt(individualNumber);
        if (individual < 2) {
            throw new InvalidIdentityCodeException("has an individual number below 002, which is never issued");
        }
        int year = CENTURIES.get(matcher.group(4).charAt(0)) + Integer.parseInt(matcher.group(3));
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
        } catch (DateTimeException e) {
            throw new InvalidIdentityCodeException("has a birth date that does not exist");
        }
        if (birthDate.isAfter(LocalDate.now())) {
            throw new InvalidIdentityCodeException("has a birth date in the future");
        }
        char expected = IdentityCodes.checkCharacter(matcher.group(1) + matcher.group(2) + matcher.group(3),
                individualNumber);
        if (matcher.group(6).charAt(0) != expected) {
            throw new InvalidIdentityCodeException("has a wrong check character");
        }
        return new PersonalIdentityCode(code, birthDate, individual >= 900);
    }

    /** The normalised code, for encryption and the blind index only. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Temporary codes (individual number 900–999) are given before a permanent one exists. */
    public boolean temporary() {
        return temporary;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalIdentityCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "PersonalIdentityCode[***]";
    }
}
