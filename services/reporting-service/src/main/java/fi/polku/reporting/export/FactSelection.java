package fi.polku.reporting.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Which facts an export takes: those after a sequence number (0: from the first), recorded at or after
 * {@code since} (null: any time), of the given types (all of them when the caller named none).
 */
record FactSelection(long afterSequence, OffsetDateTime since, Set<ExportFactType> types) {

    FactSelection {
        types = types.isEmpty() ? Set.of(ExportFactType.values()) : Set.copyOf(types);
    }

    List<String> typeNames() {
        return types.stream().map(Enum::name).sorted().toList();
    }

    FactSelection after(long sequence) {
        return new FactSelection(sequence, since, types);
    }
}
