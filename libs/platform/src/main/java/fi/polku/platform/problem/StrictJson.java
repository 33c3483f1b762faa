package fi.polku.platform.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses JSON that Jackson would otherwise read leniently: a key given twice (the last would silently win),
 * content after the JSON value, strings holding the NUL character, and lists longer than their {@code @Size(max)}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("polku-strict-strings")
                .addDeserializer(String.class, new NulCharacterRefused())
                .setDeserializerModifier(new ListSizeLimit()));
    }
}
