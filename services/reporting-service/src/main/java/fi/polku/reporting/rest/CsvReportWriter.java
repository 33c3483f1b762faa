package fi.polku.reporting.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import fi.polku.reporting.domain.CsvReport;

/**
 * Writes any report as RFC 4180 CSV (UTF-8, CRLF) when the caller accepts {@code text/csv}: one line per figure
 * with the columns table, row, column, value. Text that a spreadsheet would run as a formula is quoted with a
 * leading apostrophe.
 */
@Provider
@Produces(CsvReportWriter.TEXT_CSV)
public class CsvReportWriter implements MessageBodyWriter<CsvReport> {

    public static final String TEXT_CSV = "text/csv";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvReport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvReport report, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder(line(CsvReport.HEADER));
        report.csvRows().forEach(row -> csv.append(line(row)));
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String line(List<String> fields) {
        return fields.stream().map(CsvReportWriter::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
