package fi.polku.intake.domain;

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
        Map<String, Municipality> municipalities = new LinkedHashMap<>();
        ReferenceCsv.rows(RESOURCE).forEach(columns -> municipalities.put(columns[0],
                new Municipality(columns[0], columns[1], columns[2])));
        return Collections.unmodifiableMap(municipalities);
    }

    public record Municipality(String code, String nameFi, String nameSv) {
    }
}
