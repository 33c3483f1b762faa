package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import fi.polku.platform.servicemap.ServicePlace;

/**
 * What this service reads of coaching's {@code JobStarted}: a work trial's start needs the activation plan, and a
 * work trial or a job in the open labour market is where the client is.
 */
public record JobStarted(UUID clientId, UUID jobId, String kind, Boolean openLabourMarket, LocalDate startDate) {

    public boolean workTrial() {
        return "WORK_TRIAL".equals(kind);
    }

    /** A work trial, or a job in the open labour market; other work leaves the place as it is. */
    public Optional<ServicePlace> place() {
        if (workTrial()) {
            return Optional.of(ServicePlace.WORK_TRIAL);
        }
        return Boolean.TRUE.equals(openLabourMarket) ? Optional.of(ServicePlace.OPEN_LABOUR_MARKET) : Optional.empty();
    }
}
