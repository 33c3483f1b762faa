package fi.polku.testkit.county;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ten municipalities of Päijät-Häme's wellbeing services county, with their population (2024, rounded): the
 * county of the demo and of the benchmark, whose clients follow the population.
 */
public record Municipality(String code, String name, int population) {

    public static final List<Municipality> PAIJAT_HAME = List.of(
            new Municipality("398", "Lahti", 121_000),
            new Municipality("098", "Hollola", 23_000),
            new Municipality("111", "Heinola", 18_000),
            new Municipality("560", "Orimattila", 16_000),
            new Municipality("016", "Asikkala", 8_000),
            new Municipality("142", "Iitti", 6_500),
            new Municipality("316", "Kärkölä", 4_300),
            new Municipality("781", "Sysmä", 3_600),
            new Municipality("576", "Padasjoki", 2_800),
            new Municipality("081", "Hartola", 2_600));

    private static final int TOTAL = PAIJAT_HAME.stream().mapToInt(Municipality::population).sum();

    /** The municipality of the {@code n}th of {@code count} clients, so that clients follow the population. */
    public static Municipality ofClient(int n, int count) {
        return at((n + 0.5) / count * TOTAL);
    }

    /** A municipality drawn in proportion to population, as clients come. */
    public static Municipality random() {
        return at(ThreadLocalRandom.current().nextDouble(TOTAL));
    }

    private static Municipality at(double position) {
        for (Municipality municipality : PAIJAT_HAME) {
            position -= municipality.population();
            if (position < 0) {
                return municipality;
            }
        }
        return PAIJAT_HAME.get(PAIJAT_HAME.size() - 1);
    }

    /** This municipality's share of {@code total}, at least one. */
    public int shareOf(int total) {
        return Math.max(1, (int) Math.round((double) total * population / TOTAL));
    }
}
