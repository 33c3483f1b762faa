package fi.polku.assessment.domain.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;

/**
 * An assessment instrument as data: a versioned set of scales and items with their answer ranges. Counties add
 * their own (e.g. a unified assessment form) as definition files, without a release.
 */
@Schema(requiredProperties = {"id", "version", "name", "kind", "description", "source", "scales"})
public record InstrumentDefinition(
        @Schema(description = "The instrument's id, e.g. kykyviisari") String id,
        @Schema(description = "The definition's version, from 1") int version,
        String name,
        InstrumentKind kind,
        @Schema(nullable = true, description = "Null when the definition gives none") String description,
        @Schema(nullable = true, description = "Where the instrument comes from; null when the definition does not "
                + "say") String source,
        List<InstrumentScale> scales) {

    private static final int SCORE_DECIMALS = 2;

    /** Checks the definition itself when it is loaded; a broken definition stops start-up with the reason. */
    public InstrumentDefinition {
        List<String> problems = new ArrayList<>();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            problems.add("id must be lower-case letters, digits and dashes");
        }
        if (version < 1) {
            problems.add("version must be at least 1");
        }
        if (name == null || name.isBlank() || kind == null) {
            problems.add("name and kind are required");
        }
        if (scales == null || scales.isEmpty()) {
            problems.add("at least one scale is required");
        } else {
            Set<String> ids = new HashSet<>();
            for (InstrumentScale scale : scales) {
                if (scale.id() == null || !ids.add("scale:" + scale.id()) || scale.items() == null
                        || scale.items().isEmpty()) {
                    problems.add("scale " + scale.id() + " needs a unique id and at least one item");
                    continue;
                }
                for (InstrumentItem item : scale.items()) {
                    if (item.id() == null || !ids.add(item.id())) {
                        problems.add("item " + item.id() + " needs a unique id");
                    }
                    if (item.min() == null || item.max() == null || item.min().compareTo(item.max()) >= 0
                            || item.decimals() < 0) {
                        problems.add("item " + item.id() + " needs min < max and decimals >= 0");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Instrument definition " + id + " v" + version + " is invalid: "
                    + String.join("; ", problems));
        }
        scales = List.copyOf(scales);
    }

    /**
     * Validates answers against the definition and computes the scale scores.
     *
     * @throws ProblemException 400 naming every missing, unknown or out-of-range item as {@code answers.<item>}
     */
    public Map<String, BigDecimal> score(Map<String, BigDecimal> answers) {
        List<Violation> invalid = new ArrayList<>();
        Set<String> known = new HashSet<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (InstrumentScale scale : scales) {
            BigDecimal sum = BigDecimal.ZERO;
            int answered = 0;
            for (InstrumentItem item : scale.items()) {
                known.add(item.id());
                BigDecimal value = answers.get(item.id());
                if (value == null) {
                    if (item.required()) {
                        invalid.add(new Violation("answers." + item.id(), "is required"));
                    }
                    continue;
                }
                if (!item.accepts(value)) {
                    invalid.add(new Violation("answers." + item.id(), "must be " + item.range()));
                    continue;
                }
                sum = sum.add(value);
                answered++;
            }
            if (answered > 0) {
                scores.put(scale.id(), plain(sum.divide(BigDecimal.valueOf(answered), SCORE_DECIMALS,
                        RoundingMode.HALF_UP)));
            }
        }
        answers.keySet().stream().filter(item -> !known.contains(item)).sorted()
                .forEach(item -> invalid.add(new Violation("answers." + item, "is not an item of " + id + " v"
                        + version)));
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        return scores;
    }

    /** A number without trailing zeros and never in exponent notation: 7, 6.5, 10. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Boolean higherIsBetter(String scaleId) {
        return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst().map(InstrumentScale::higherIsBetter)
                .orElse(null);
    }
}
