package fi.polku.reporting.domain;

import java.util.List;

/** Nearest-rank percentiles of durations; null when fewer than five clients, so that no single path shows. */
public final class Percentiles {

    private Percentiles() {
    }

    public static Double of(List<Double> values, double percentile) {
        if (values.size() < SuppressedCount.THRESHOLD) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return round(sorted.get(Math.max(rank, 1) - 1));
    }

    public static Double mean(List<Double> values) {
        if (values.size() < SuppressedCount.THRESHOLD) {
            return null;
        }
        return round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    public static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
