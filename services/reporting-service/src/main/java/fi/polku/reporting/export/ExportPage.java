package fi.polku.reporting.export;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the export as JSON: the platform's list shape ({@code items}, {@code next}). */
@Schema(name = "ExportPage", description = "A page of facts, oldest recorded first")
public record ExportPage(
        @Schema(required = true, description = "The facts of this page, in the order they were recorded")
        List<ExportFact> items,
        @Schema(required = true, nullable = true, description = "The cursor of the next page; null on the last page "
                + "(Export-Cursor then says where to go on later)")
        String next) {
}
