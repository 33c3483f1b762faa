package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.domain.FidelityCriteria.Criterion;
import fi.polku.coaching.domain.FidelityCriteria.Section;

/** The criteria of 003 LIITE 1 as data. */
class FidelityCriteriaTest {

    private final FidelityCriteria criteria = FidelityCriteria.liite1();

    private Criterion item(int item) {
        return criteria.item(item).orElseThrow();
    }

    @Test
    void theScaleHas25CriteriaInItsThreeSections() {
        // "keskeiset periaatteet on kirjattu laatukriteereihin, joita on 25 kappaletta"
        assertThat(criteria.items()).hasSize(25);
        assertThat(criteria.items()).extracting(Criterion::item).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
                12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25);
        assertThat(item(1).section()).isEqualTo(Section.STAFFING);
        assertThat(item(1).title()).isEqualTo("Asiakasmäärä");
        assertThat(item(11).section()).isEqualTo(Section.ORGANISATION);
        assertThat(item(23).title()).isEqualTo("Kestoltaan rajaamaton palvelu");
        assertThat(item(23).section()).isEqualTo(Section.SERVICES);
        assertThat(criteria.item(26)).isEmpty();
    }

    @Test
    void onlyItems5_8_10_11_13And25AreScoredByCountingSubCriteria() {
        assertThat(criteria.items().stream().filter(Criterion::scoredByCounting).map(Criterion::item))
                .containsExactly(5, 8, 10, 11, 13, 25);
        assertThat(item(5).subCriteria()).hasSize(5); // "Tiimityöskentelyn kautta toteutuvan … viisi kriteeriä ovat"
        assertThat(item(8).subCriteria()).hasSize(5); // "Työhönvalmennuksen tiiminvetäjän viisi avainroolia ovat"
        assertThat(item(10).subCriteria()).hasSize(5); // "Viisi keskeistä toimintatapaa"
        assertThat(item(11).subCriteria()).hasSize(5); // "Viisi kriteeriä johdon tuelle ovat"
        assertThat(item(13).subCriteria()).hasSize(4); // "Neljä kriteeriä työkyvyn rajoitteista kertomiseen"
        assertThat(item(25).subCriteria()).hasSize(6); // "kuuden toimintatavan kautta"
    }

    @Test
    void theSubCriteriaAreTheScalesWords() {
        assertThat(item(25).subCriteria().get(0).code()).isEqualTo("25.1");
        assertThat(item(25).subCriteria().get(0).text())
                .isEqualTo("Palvelun päättäminen ei perustu aikarajoituksiin eikä siihen, ettei asiakas ole saapunut"
                        + " tapaamisiin.");
        assertThat(item(11).subCriteria().get(1).text()).contains("vähintään puolivuositain käyttämällä näitä"
                + " laatukriteereitä, kunnes saavutetaan korkea menetelmällinen tarkkuus (vähintään 100 pistettä"
                + " näissä laatukriteereissä). Tämän jälkeen tehdään tilanearvio vähintään kerran vuodessa.");
        assertThat(item(13).subCriteria().get(0).text()).isEqualTo("Työhönvalmennuksen saaminen ei edellytä"
                + " asiakkailta työkyvyn rajoitteista kertomista työpaikalla.");
    }

    @Test
    void item5ScoresOneForNoneOrOneMetAndFiveForAllFive() {
        // "1 = Nolla tai yksi kriteeri täyttyy. 2 = Kaksi kriteeriä täyttyy. … 5 = Viisi kriteeriä täyttyy."
        assertThat(item(5).scoreOf(Set.of())).isEqualTo(1);
        assertThat(item(5).scoreOf(Set.of("5.1"))).isEqualTo(1);
        assertThat(item(5).scoreOf(Set.of("5.1", "5.4"))).isEqualTo(2);
        assertThat(item(5).scoreOf(Set.of("5.1", "5.2", "5.3", "5.4", "5.5"))).isEqualTo(5);
        // item 8 alike: "1 = Nolla tai yksi avainrooli täyttyy. … 4 = Neljä avainroolia täyttyy."
        assertThat(item(8).scoreOf(Set.of("8.1", "8.2", "8.3", "8.5"))).isEqualTo(4);
    }

    @Test
    void item13ScoresOneMoreThanTheMetCriteria() {
        // "1 = Yksikään kriteeri ei täyty. 2 = Yksi kriteeri täyttyy. … 5 = Neljä kriteeriä täyttyy."
        assertThat(item(13).scoreOf(Set.of())).isEqualTo(1);
        assertThat(item(13).scoreOf(Set.of("13.2"))).isEqualTo(2);
        assertThat(item(13).scoreOf(Set.of("13.1", "13.2", "13.3", "13.4"))).isEqualTo(5);
    }

    @Test
    void item25ScoresOneForAtMostTwoWaysAndFiveForAllSix() {
        // "1 = On osoitettavissa, että on käytetty enintään 2 toimintatapaa … 2 = … 3 toimintatapaa … 5 = … kaikkia 6"
        assertThat(item(25).scoreOf(Set.of("25.1", "25.2"))).isEqualTo(1);
        assertThat(item(25).scoreOf(Set.of("25.1", "25.2", "25.4"))).isEqualTo(2);
        assertThat(item(25).scoreOf(Set.of("25.1", "25.2", "25.3", "25.4", "25.5"))).isEqualTo(4);
        assertThat(item(25).scoreOf(Set.of("25.1", "25.2", "25.3", "25.4", "25.5", "25.6"))).isEqualTo(5);
        assertThat(item(25).hasSubCriterion("25.6")).isTrue();
        assertThat(item(25).hasSubCriterion("5.6")).isFalse();
    }
}
