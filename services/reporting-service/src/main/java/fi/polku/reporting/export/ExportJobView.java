package fi.polku.reporting.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an asynchronous export's status URL answers, shaped after the FHIR Bulk Data status response. */
@Schema(name = "ExportJob", description = "An asynchronous export: its progress and, when complete, its result files")
public record ExportJobView(
        @Schema(required = true) UUID id,
        @Schema(required = true) ExportJob.Status status,
        @Schema(required = true, description = "When it was requested: the export holds the facts recorded up to this "
                + "moment (Bulk Data's transactionTime)")
        OffsetDateTime transactionTime,
        @Schema(required = true, minimum = "0", maximum = "100", description = "Percent of the facts written")
        int progress,
        @Schema(required = true, description = "Facts the export holds") long factsTotal,
        @Schema(required = true, description = "Facts written into files so far") long factsWritten,
        @Schema(required = true, description = "The result files, in order; empty until the export is complete")
        List<Output> output,
        @Schema(required = true, nullable = true, description = "When complete: the cursor to export what is recorded "
                + "after this export (GET /api/v1/exports?cursor= or a new export with it)")
        String cursor,
        @Schema(required = true, nullable = true, description = "When complete: when the files are deleted")
        OffsetDateTime expiresAt,
        @Schema(required = true, description = "The file URLs need the requesting analyst's bearer token")
        boolean requiresAccessToken) {

    /** One result file. */
    @Schema(name = "ExportOutput")
    public record Output(
            @Schema(required = true, description = "The file's URL (application/x-ndjson, one fact a line)") String url,
            @Schema(required = true, description = "Facts in the file") int facts) {
    }

    static String statusPath(UUID id) {
        return "/api/v1/exports/jobs/" + id;
    }

    static ExportJobView of(ExportJob job, List<ExportJobs.File> files) {
        boolean complete = job.status() == ExportJob.Status.COMPLETED;
        List<Output> output = complete
                ? files.stream().map(file -> new Output(statusPath(job.id()) + "/files/" + file.part(), file.facts()))
                        .toList()
                : List.of();
        return new ExportJobView(job.id(), job.status(), job.requestedAt(), job.progress(), job.factsTotal(),
                job.factsWritten(), output, complete ? ExportCursor.after(job.untilSequence()) : null,
                job.expiresAt(), true);
    }
}
