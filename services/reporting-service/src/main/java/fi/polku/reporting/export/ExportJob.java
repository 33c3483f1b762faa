package fi.polku.reporting.export;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An asynchronous export as the database holds it. */
record ExportJob(UUID id, String requestedBy, FactSelection selection, long untilSequence, long writtenSequence,
        long factsTotal, long factsWritten, Status status, OffsetDateTime requestedAt, OffsetDateTime completedAt,
        OffsetDateTime expiresAt) {

    @Schema(name = "ExportStatus")
    enum Status { IN_PROGRESS, COMPLETED }

    /** Percent of the facts written, 0-100. */
    int progress() {
        return factsTotal == 0 ? (status == Status.COMPLETED ? 100 : 0) : (int) (100 * factsWritten / factsTotal);
    }
}
