package fi.polku.reporting.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * One stakeholder group's answers (a group interview or one person's form): yes/no answers by question id and open
 * answers, which are kept but never reported. Who recorded it is not kept.
 */
public record StakeholderResponse(String group, int participants, LocalDate heldOn, Map<String, Boolean> answers,
        Map<String, String> openFeedback) {

    public StakeholderResponse {
        answers = Map.copyOf(answers);
        openFeedback = Map.copyOf(openFeedback);
    }
}
