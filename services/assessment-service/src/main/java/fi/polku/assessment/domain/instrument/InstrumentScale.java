package fi.polku.assessment.domain.instrument;

import java.util.List;

/**
 * A scale of an instrument; its score is the mean of its answered items.
 *
 * @param higherIsBetter whether a higher score means better functioning; null where the definition does not say
 */
public record InstrumentScale(String id, String label, Boolean higherIsBetter, List<InstrumentItem> items) {
}
