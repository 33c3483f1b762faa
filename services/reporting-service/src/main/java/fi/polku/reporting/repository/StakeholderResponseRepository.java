package fi.polku.reporting.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.reporting.domain.StakeholderResponse;

/** The stakeholder questionnaires' anonymous responses. */
@ApplicationScoped
public class StakeholderResponseRepository {

    private static final TypeReference<Map<String, Boolean>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> OPEN_ANSWERS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public StakeholderResponseRepository(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    public void insert(UUID id, String questionnaireId, int version, StakeholderResponse response) {
        entityManager.createNativeQuery("""
                        INSERT INTO stakeholder_response (id, questionnaire_id, questionnaire_version, stakeholder_group,
                                                          participants, held_on, answers, open_feedback)
                        VALUES (:id, :questionnaire, :version, :group, :participants, :heldOn,
                                CAST(:answers AS jsonb), CAST(:openFeedback AS jsonb))""")
                .setParameter("id", id)
                .setParameter("questionnaire", questionnaireId)
                .setParameter("version", version)
                .setParameter("group", response.group())
                .setParameter("participants", response.participants())
                .setParameter("heldOn", response.heldOn())
                .setParameter("answers", json(response.answers()))
                .setParameter("openFeedback", json(response.openFeedback()))
                .executeUpdate();
    }

    public Optional<StakeholderResponse> find(String questionnaireId, UUID id) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT stakeholder_group, participants, held_on, CAST(answers AS text), CAST(open_feedback AS text)
                        FROM stakeholder_response WHERE questionnaire_id = :questionnaire AND id = :id""")
                .setParameter("questionnaire", questionnaireId).setParameter("id", id).getResultList();
        return rows.stream().map(row -> response((Object[]) row)).findFirst();
    }

    /** The responses to one version of a questionnaire, held in {@code year} or (null) ever. */
    public List<StakeholderResponse> responses(String questionnaireId, int version, Integer year) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT stakeholder_group, participants, held_on, CAST(answers AS text), CAST(open_feedback AS text)
                        FROM stakeholder_response
                        WHERE questionnaire_id = :questionnaire AND questionnaire_version = :version
                        ORDER BY held_on, id""")
                .setParameter("questionnaire", questionnaireId).setParameter("version", version).getResultList();
        return rows.stream().map(row -> response((Object[]) row))
                .filter(response -> year == null || response.heldOn().getYear() == year).toList();
    }

    private StakeholderResponse response(Object[] row) {
        LocalDate heldOn = (LocalDate) row[2];
        try {
            return new StakeholderResponse((String) row[0], ((Number) row[1]).intValue(), heldOn,
                    mapper.readValue((String) row[3], ANSWERS), mapper.readValue((String) row[4], OPEN_ANSWERS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored answers", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
