package fi.polku.bench;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The ten municipalities of Päijät-Häme's wellbeing services county, weighted by population (2024, rounded). */
final class Municipalities {

    record Municipality(String code, String name, int population) {
    }

    static final List<Municipality> PAIJAT_HAME = List.of(
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

    private Municipalities() {
    }

    /** A municipality drawn in proportion to population, as clients come. */
    static Municipality random() {
        int pick = ThreadLocalRandom.current().nextInt(TOTAL);
        for (Municipality municipality : PAIJAT_HAME) {
            pick -= municipality.population();
            if (pick < 0) {
                return municipality;
            }
        }
        return PAIJAT_HAME.get(0);
    }

    /** The municipality's share of {@code total}, at least one. */
    static int shareOf(Municipality municipality, int total) {
        return Math.max(1, (int) Math.round((double) total * municipality.population() / TOTAL));
    }
}
