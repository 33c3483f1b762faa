package fi.polku.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes a page of the export as newline-delimited JSON: one fact a line, each line ending in LF. */
@Provider
@Produces(NdjsonWriter.NDJSON)
public class NdjsonWriter implements MessageBodyWriter<ExportPage> {

    public static final String NDJSON = "application/x-ndjson";

    private final ObjectMapper mapper;

    public NdjsonWriter(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ExportPage.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(ExportPage page, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        for (ExportFact fact : page.items()) {
            mapper.writeValue(out, fact);
            out.write('\n');
        }
    }
}
