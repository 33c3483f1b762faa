package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/** The work-ability support plan (työkyvyn tuen suunnitelma) of a concluded assessment. */
public record SupportPlan(
        List<String> goals,
        List<ServiceRecommendation> recommendations,
        LocalDate followUpDate,
        AgreedCaseOwner caseOwner) {
}
