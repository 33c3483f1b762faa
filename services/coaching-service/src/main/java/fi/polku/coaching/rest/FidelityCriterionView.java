package fi.polku.coaching.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FidelityCriteria;

@Schema(name = "FidelityCriterion", description = "One of the 25 criteria of the fidelity scale (003 LIITE 1)")
public record FidelityCriterionView(int item,
        @Schema(description = "STAFFING (Palvelun henkilöstö), ORGANISATION (Palvelun järjestäminen) or SERVICES"
                + " (Palvelun sisältö)") FidelityCriteria.Section section,
        @Schema(description = "The title in the Finnish scale") String title,
        @Schema(description = "The item's name in the IPS Employment Center's scale") String titleEn,
        @Schema(description = "True for the items scored by counting the sub-criteria met (5, 8, 10, 11, 13, 25)")
        boolean scoredByCounting,
        @Schema(description = "The sub-criteria, for an item scored by counting; empty otherwise")
        List<SubCriterionView> subCriteria,
        @Schema(description = "For an item scored by counting: the score when n sub-criteria are met is element n;"
                + " empty otherwise") List<Integer> scoreByMetCount,
        @Schema(nullable = true, description = "The scale's own words for the counting, for an item scored by"
                + " counting") String scoring) {

    @Schema(name = "FidelitySubCriterion")
    public record SubCriterionView(@Schema(description = "e.g. 5.1") String code, String text) {
    }

    public static FidelityCriterionView of(FidelityCriteria.Criterion c) {
        return new FidelityCriterionView(c.item(), c.section(), c.title(), c.titleEn(), c.scoredByCounting(),
                c.subCriteria().stream().map(s -> new SubCriterionView(s.code(), s.text())).toList(),
                c.scoreByMetCount(), c.scoring());
    }
}
