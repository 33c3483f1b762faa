package fi.polku.coaching.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 25 criteria of the fidelity scale (003 LIITE 1) as data, read from {@code fidelity/criteria.json}: each item's
 * section, title and, for the items the scale scores by counting sub-criteria (5, 8, 10, 11, 13 and 25), the
 * sub-criteria and the score each count of met sub-criteria gives ("1 = Nolla tai yksi kriteeri täyttyy … 5 = Viisi
 * kriteeriä täyttyy"; item 25 "1 = … enintään 2 toimintatapaa … 5 = … kaikkia 6 toimintatapaa").
 */
public final class FidelityCriteria {

    public enum Section {
        /** Palvelun henkilöstö */
        STAFFING,
        /** Palvelun järjestäminen */
        ORGANISATION,
        /** Palvelun sisältö */
        SERVICES
    }

    public record SubCriterion(String code, String text) {
    }

    /** One criterion; {@code scoreByMetCount.get(n)} is the score when n sub-criteria are met (empty otherwise). */
    public record Criterion(int item, Section section, String title, String titleEn, List<SubCriterion> subCriteria,
            List<Integer> scoreByMetCount, String scoring) {

        public Criterion {
            subCriteria = subCriteria == null ? List.of() : List.copyOf(subCriteria);
            scoreByMetCount = scoreByMetCount == null ? List.of() : List.copyOf(scoreByMetCount);
        }

        public boolean scoredByCounting() {
            return !subCriteria.isEmpty();
        }

        /** The score of the met sub-criteria; the codes must be this item's, each once (checked by the caller). */
        public int scoreOf(Set<String> met) {
            if (!scoredByCounting()) {
                throw new IllegalStateException("Item " + item + " is not scored by counting sub-criteria");
            }
            return scoreByMetCount.get(met.size());
        }

        public boolean hasSubCriterion(String code) {
            return subCriteria.stream().anyMatch(s -> s.code().equals(code));
        }
    }

    private record Catalogue(String source, List<Criterion> items) {
    }

    private static final FidelityCriteria LIITE_1 = load("/fidelity/criteria.json");

    private final String source;
    private final List<Criterion> items;
    private final Map<Integer, Criterion> byItem;

    private FidelityCriteria(String source, List<Criterion> items) {
        this.source = source;
        this.items = List.copyOf(items);
        this.byItem = items.stream().collect(Collectors.toMap(Criterion::item, Function.identity()));
        check();
    }

    public static FidelityCriteria liite1() {
        return LIITE_1;
    }

    public String source() {
        return source;
    }

    /** All 25, in item order. */
    public List<Criterion> items() {
        return items;
    }

    public Optional<Criterion> item(int item) {
        return Optional.ofNullable(byItem.get(item));
    }

    private void check() {
        for (int i = 0; i < items.size(); i++) {
            Criterion c = items.get(i);
            if (c.item() != i + 1) {
                throw new IllegalStateException("Criteria must be items 1.." + FidelityScale.ITEMS + " in order");
            }
            if (c.scoredByCounting() && c.scoreByMetCount().size() != c.subCriteria().size() + 1) {
                throw new IllegalStateException("Item " + c.item() + " needs a score for 0.." + c.subCriteria().size()
                        + " met sub-criteria");
            }
            Set<String> codes = new HashSet<>();
            c.subCriteria().forEach(s -> {
                if (!s.code().startsWith(c.item() + ".") || !codes.add(s.code())) {
                    throw new IllegalStateException("Bad sub-criterion code " + s.code() + " of item " + c.item());
                }
            });
        }
        if (items.size() != FidelityScale.ITEMS) {
            throw new IllegalStateException("The scale has " + FidelityScale.ITEMS + " criteria, not " + items.size());
        }
    }

    private static FidelityCriteria load(String resource) {
        try (InputStream in = FidelityCriteria.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            Catalogue catalogue = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Catalogue.class);
            return new FidelityCriteria(catalogue.source(), catalogue.items());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
