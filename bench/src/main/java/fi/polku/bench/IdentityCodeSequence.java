package fi.polku.bench;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import fi.polku.testkit.TestIdentityCodes;

/**
 * Distinct valid identity codes, so that no registration of a run collides with another (random codes would: a
 * few tens of thousands of them share a birthday pair often enough to skew the error count).
 */
final class IdentityCodeSequence {

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1962, 1, 1);
    private static final int INDIVIDUAL_NUMBERS = 897;

    private final AtomicLong next = new AtomicLong();

    String next() {
        long n = next.getAndIncrement();
        LocalDate birthDate = FIRST_BIRTH_DATE.plusDays(n / INDIVIDUAL_NUMBERS % (40 * 365));
        return TestIdentityCodes.of(birthDate, 2 + (int) (n % INDIVIDUAL_NUMBERS),
                birthDate.getYear() >= 2000 ? 'A' : '-');
    }
}
