package fi.polku.assessment.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.assessment.domain.instrument.InstrumentDefinition;
import fi.polku.platform.problem.ProblemException;
import io.quarkus.runtime.Startup;

/**
 * The instrument definitions in use, loaded at start-up: those bundled with the service, plus every {@code *.json}
 * in {@code polku.instruments.directory}, where a county puts its own forms or new versions without a release.
 * A broken definition stops start-up with the reason.
 */
@ApplicationScoped
@Startup
public class InstrumentCatalogue {

    private static final Logger LOG = Logger.getLogger(InstrumentCatalogue.class);

    private final Map<String, NavigableMap<Integer, InstrumentDefinition>> definitions = new TreeMap<>();

    @Inject
    public InstrumentCatalogue(ObjectMapper mapper,
            @ConfigProperty(name = "polku.instruments.bundled") List<String> bundled,
            @ConfigProperty(name = "polku.instruments.directory") Optional<Path> directory) {
        this(read(mapper, bundled, directory));
    }

    public InstrumentCatalogue(Collection<InstrumentDefinition> loaded) {
        for (InstrumentDefinition definition : loaded) {
            InstrumentDefinition earlier = definitions.computeIfAbsent(definition.id(), id -> new TreeMap<>())
                    .putIfAbsent(definition.version(), definition);
            if (earlier != null) {
                throw new IllegalStateException("Instrument " + definition.id() + " v" + definition.version()
                        + " is defined twice");
            }
        }
        LOG.infof("Instrument definitions loaded: %s", loaded.stream()
                .map(d -> d.id() + " v" + d.version()).toList());
    }

    public static InstrumentCatalogue load(ObjectMapper mapper, List<String> bundled, Optional<Path> directory) {
        return new InstrumentCatalogue(read(mapper, bundled, directory));
    }

    public List<InstrumentDefinition> all() {
        return definitions.values().stream().flatMap(versions -> versions.values().stream()).toList();
    }

    /** The given version, or the newest when {@code version} is null. */
    public InstrumentDefinition get(String id, Integer version) {
        NavigableMap<Integer, InstrumentDefinition> versions = definitions.get(id);
        if (versions == null) {
            throw ProblemException.invalidField("instrument", "is not a known instrument; known: "
                    + definitions.keySet());
        }
        if (version == null) {
            return versions.lastEntry().getValue();
        }
        InstrumentDefinition definition = versions.get(version);
        if (definition == null) {
            throw ProblemException.invalidField("instrumentVersion", "is not a version of " + id + "; known: "
                    + versions.keySet());
        }
        return definition;
    }

    public Optional<InstrumentDefinition> find(String id, int version) {
        return Optional.ofNullable(definitions.getOrDefault(id, new TreeMap<>()).get(version));
    }

    private static List<InstrumentDefinition> read(ObjectMapper mapper, List<String> bundled, Optional<Path> directory) {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<InstrumentDefinition> loaded = new ArrayList<>();
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        for (String resource : bundled) {
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled instrument definition " + resource + " is missing");
                }
                loaded.add(parse(strict, in, resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (directory.isPresent()) {
            try (Stream<Path> files = Files.list(directory.get())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        loaded.add(parse(strict, in, file.toString()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read instrument definitions from " + directory.get(), e);
            }
        }
        return loaded;
    }

    private static InstrumentDefinition parse(ObjectMapper mapper, InputStream in, String where) throws IOException {
        try {
            return mapper.readValue(in, InstrumentDefinition.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Instrument definition " + where + " is invalid: " + e.getMessage(), e);
        }
    }
}
