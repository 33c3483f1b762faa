package fi.polku.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A provider's latest IPS fidelity review (25 items scored 1-5) with indicators computed from its items:
 * the mean of the applicable items, the total prorated to 25 items (so a review with items marked not applicable
 * compares with the 25-125 bands) and its band, and the items scored 1-2 that most need work.
 */
@Schema(description = "The latest IPS fidelity review of a provider with computed indicators")
public record FidelityReview(
        String providerId,
        LocalDate reviewDate,
        @Schema(nullable = true, description = "The total as the reviewer recorded it") Integer total,
        @Schema(nullable = true, description = "The band as the reviewer recorded it") String band,
        int notApplicableItems,
        @Schema(description = "Items with a score") int scoredItems,
        @Schema(nullable = true, description = "Mean score of the scored items, 1-5; null when no item is scored") Double meanItemScore,
        @Schema(nullable = true, description = "Mean item score x 25: the total prorated over all 25 items") Double proratedTotal,
        @Schema(nullable = true, description = "Band of the prorated total: EXEMPLARY 115-125, GOOD 100-114, FAIR 74-99, "
                + "NOT_SUPPORTED_EMPLOYMENT up to 73") String proratedBand,
        @Schema(description = "Items scored 1 or 2") List<Integer> itemsNeedingWork) {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final int ITEMS = 25;

    public static FidelityReview of(String providerId, LocalDate reviewDate, Integer total, String band,
            int notApplicableItems, String itemsJson) {
        List<Integer> scores = new ArrayList<>();
        List<Integer> needingWork = new ArrayList<>();
        for (JsonNode item : parse(itemsJson)) {
            JsonNode score = item.get("score");
            if (score != null && score.isNumber()) {
                scores.add(score.asInt());
                if (score.asInt() <= 2) {
                    needingWork.add(item.path("item").asInt());
                }
            }
        }
        Double mean = scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
        Double prorated = mean == null ? null : Percentiles.round(mean * ITEMS);
        return new FidelityReview(providerId, reviewDate, total, band, notApplicableItems, scores.size(),
                mean == null ? null : Percentiles.round(mean),
                prorated, prorated == null ? null : band(prorated), needingWork.stream().sorted().toList());
    }

    static String band(double total) {
        if (total >= 115) {
            return "EXEMPLARY";
        }
        if (total >= 100) {
            return "GOOD";
        }
        if (total >= 74) {
            return "FAIR";
        }
        return "NOT_SUPPORTED_EMPLOYMENT";
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json == null ? "[]" : json);
        } catch (Exception e) {
            return JSON.createArrayNode();
        }
    }
}
