package fi.polku.testkit.demo;

import java.util.List;

/** The ten municipalities of Päijät-Häme's wellbeing services county, with their population (2024, rounded). */
record Municipality(String code, String name, int population) {

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

    /** The municipality of the {@code n}th of {@code count} clients, so that clients follow the population. */
    static Municipality ofClient(int n, int count) {
        double position = (n + 0.5) / count * TOTAL;
        for (Municipality municipality : PAIJAT_HAME) {
            position -= municipality.population();
            if (position < 0) {
                return municipality;
            }
        }
        return PAIJAT_HAME.get(PAIJAT_HAME.size() - 1);
    }

    /** This municipality's share of {@code total}, at least one. */
    int shareOf(int total) {
        return Math.max(1, (int) Math.round((double) total * population / TOTAL));
    }
}
