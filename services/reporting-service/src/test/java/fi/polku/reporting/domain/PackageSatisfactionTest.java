package fi.polku.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.polku.reporting.domain.SatisfactionReport.PackageAnswer;

/** Whole-package satisfaction is withheld below five answers, as stakeholder feedback is. */
class PackageSatisfactionTest {

    @Test
    void fewerThanFiveAnswersWithholdEveryFigure() {
        SatisfactionReport report = SatisfactionReport.of(List.of(), List.of(new PackageAnswer("CLOSURE", 10),
                new PackageAnswer("CLOSURE", 9), new PackageAnswer("FOLLOW_UP", 2), new PackageAnswer("FOLLOW_UP", 8)),
                OffsetDateTime.now());

        assertThat(report.wholePackage().withheld()).isTrue();
        assertThat(report.wholePackage().answers()).isEqualTo(4);
        assertThat(report.wholePackage().mean()).isNull();
        assertThat(report.wholePackage().distribution()).isNull();
        assertThat(report.wholePackage().atClosure()).isNull();
        assertThat(report.csvRows()).contains(List.of("wholePackage", "answers", "", "<5"),
                List.of("wholePackage", "mean", "", ".."));
    }

    @Test
    void fiveAnswersShowTheCountsAndTheMean() {
        SatisfactionReport report = SatisfactionReport.of(List.of(), List.of(new PackageAnswer("CLOSURE", 10),
                new PackageAnswer("CLOSURE", 9), new PackageAnswer("FOLLOW_UP", 7), new PackageAnswer("FOLLOW_UP", 8),
                new PackageAnswer("FOLLOW_UP", 9)), OffsetDateTime.now());

        assertThat(report.wholePackage().withheld()).isFalse();
        assertThat(report.wholePackage().atClosure()).isEqualTo(2);
        assertThat(report.wholePackage().atFollowUp()).isEqualTo(3);
        assertThat(report.wholePackage().distribution()).containsEntry("9", 2L).containsEntry("1", 0L);
        assertThat(report.wholePackage().mean()).isEqualTo(8.6);
    }
}
