package fi.polku.testkit;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import fi.polku.platform.privacy.IdentityCodes;

/** Makes valid Finnish personal identity codes for tests (with a correct check character). */
public final class TestIdentityCodes {

    private TestIdentityCodes() {
    }

    public static String of(LocalDate birthDate, int individualNumber, char centurySign) {
        String date = String.format("%02d%02d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
                birthDate.getYear() % 100);
        String individual = String.format("%03d", individualNumber);
        return date + centurySign + individual + IdentityCodes.checkCharacter(date, individual);
    }

    /** A random valid permanent code of someone born between 1960 and 2004. */
    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birthDate = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(45 * 365));
        char sign = birthDate.getYear() >= 2000 ? 'A' : '-';
        return of(birthDate, 2 + random.nextInt(897), sign);
    }
}
