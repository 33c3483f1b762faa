package fi.polku.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The time as the services keep it, from one injectable {@link Clock} (the system's, unless a test produces
 * another), so that a rule can be tried at a chosen time: instants in UTC to the microsecond (as PostgreSQL keeps
 * them), dates as Finnish dates.
 */
@ApplicationScoped
public class ServiceTime {

    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final Clock clock;

    public ServiceTime(Clock clock) {
        this.clock = clock;
    }

    public OffsetDateTime timestamp() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(FINLAND));
    }

    /** The Finnish date of a moment. */
    public static LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(FINLAND).toLocalDate();
    }

    /** The system clock; a test replaces it by producing a {@link Clock} of its own. */
    @Produces
    @DefaultBean
    @Singleton
    static Clock systemClock() {
        return Clock.systemUTC();
    }
}
