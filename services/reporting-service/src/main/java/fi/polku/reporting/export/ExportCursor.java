package fi.polku.reporting.export;

import fi.polku.platform.paging.PageCursor;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.problem.ProblemException;

/** The export's cursor: an opaque form of the sequence number of the last fact a caller has. */
final class ExportCursor {

    private ExportCursor() {
    }

    static String after(long sequence) {
        return PageCursor.encode(PageKey.of(sequence));
    }

    /** The sequence number a cursor stands for; a cursor this service did not give out is a 400 naming it. */
    static long sequence(String cursor, String field) {
        try {
            return Long.parseLong(PageCursor.decode(cursor));
        } catch (ProblemException | NumberFormatException e) {
            throw ProblemException.invalidField(field, "is not a cursor an export gave out");
        }
    }
}
