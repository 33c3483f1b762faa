package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.util.UUID;

/** What this service reads of coaching's {@code JobStarted}: a work trial's start needs the activation plan. */
public record JobStarted(UUID clientId, UUID jobId, String kind, LocalDate startDate) {

    public boolean workTrial() {
        return "WORK_TRIAL".equals(kind);
    }
}
