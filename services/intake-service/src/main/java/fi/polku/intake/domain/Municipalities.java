package fi.polku.intake.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Statistics Finland's municipality codes, loaded at start-up from {@code reference/municipalities.csv}. */
@ApplicationScoped
public class Municipalities {

    static final String RESOURCE = "reference/municipalities.csv";

    private final Map<String, Municipality> byCode;

    public Municipalities() {
        this.byCode = load();
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    public int size() {
        return byCode.size();
    }

    private static Map<String, Municipality> load() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Reference data " + RESOURCE + " is missing");
        }
        Map<String, Municipality> municipalities = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split(",", -1);
                municipalities.put(columns[0], new Municipality(columns[0], columns[1], columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return Collections.unmodifiableMap(municipalities);
    }

    public record Municipality(String code, String nameFi, String nameSv) {
    }
}
