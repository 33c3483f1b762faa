package fi.polku.reporting.domain;

/**
 * The published IPS benchmarks of the quarterly employment rate (clients with a competitive job during the quarter
 * / clients served in the quarter): 31 % minimal, 41 % average, 50 % excellent.
 */
public enum IpsBenchmark {
    BELOW_MINIMAL(0), MINIMAL(31), AVERAGE(41), EXCELLENT(50);

    private final int percent;

    IpsBenchmark(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public static IpsBenchmark reached(double ratePercent) {
        IpsBenchmark reached = BELOW_MINIMAL;
        for (IpsBenchmark benchmark : values()) {
            if (ratePercent >= benchmark.percent) {
                reached = benchmark;
            }
        }
        return reached;
    }
}
