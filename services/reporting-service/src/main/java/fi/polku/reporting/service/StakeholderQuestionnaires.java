package fi.polku.reporting.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.reporting.domain.StakeholderQuestionnaire;

/** The stakeholder questionnaires, read at start from the service's resources ({@code questionnaires/*.json}). */
@ApplicationScoped
public class StakeholderQuestionnaires {

    public static final String DEFAULT = "stakeholder-feedback";

    private static final List<String> FILES = List.of("questionnaires/stakeholder-feedback.json");

    private final List<StakeholderQuestionnaire> all;

    public StakeholderQuestionnaires(ObjectMapper mapper) {
        this.all = FILES.stream().map(file -> read(mapper, file)).toList();
    }

    public List<StakeholderQuestionnaire> all() {
        return all;
    }

    public Optional<StakeholderQuestionnaire> find(String id) {
        return all.stream().filter(questionnaire -> questionnaire.id().equals(id)).findFirst();
    }

    private static StakeholderQuestionnaire read(ObjectMapper mapper, String file) {
        try (InputStream in = StakeholderQuestionnaires.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing questionnaire resource " + file);
            }
            return mapper.readValue(in, StakeholderQuestionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
