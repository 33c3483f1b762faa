package fi.polku.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The work-ability support plan (työkyvyn tuen suunnitelma) of a concluded assessment. */
@Schema(nullable = true, description = "The work-ability support plan of a concluded assessment; null until it is "
        + "concluded", requiredProperties = {"goals", "recommendations", "followUpDate", "caseOwner"})
public record SupportPlan(
        List<String> goals,
        List<ServiceRecommendation> recommendations,
        LocalDate followUpDate,
        AgreedCaseOwner caseOwner) {
}
