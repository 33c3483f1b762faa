package fi.polku.fhir.rest;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;

/** Writes every FHIR resource the gateway answers with HAPI's JSON parser, never by hand. */
@Provider
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class FhirResourceWriter implements MessageBodyWriter<IBaseResource> {

    private final FhirContext fhir;

    public FhirResourceWriter(FhirContext fhir) {
        this.fhir = fhir;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(IBaseResource resource, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        fhir.newJsonParser().encodeResourceToWriter(resource, writer);
        writer.flush();
    }
}
