package fi.polku.reporting.export;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.platform.paging.PageCursor;

/** What an asynchronous export takes: the same selection as a page of the export. */
@Schema(name = "ExportRequest")
public record ExportJobRequest(
        @Schema(nullable = true, description = "Only the facts recorded at or after this moment")
        OffsetDateTime since,
        @Size(min = 1, max = PageCursor.MAX_LENGTH) @Pattern(regexp = PageCursor.PATTERN)
        @Schema(nullable = true, description = "Only the facts after this cursor (an export's Export-Cursor or cursor)")
        String cursor,
        @Size(max = 100)
        @Schema(nullable = true, description = "Only facts of these types; every type when left out or empty")
        List<@NotNull ExportFactType> types) {
}
