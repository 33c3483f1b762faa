package fi.polku.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    @Test
    void fieldsAreQuotedAsRfc4180AndFormulasAreDefused() {
        assertThat(CsvReportWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvReportWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReportWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvReportWriter.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvReportWriter.field("-1.5")).isEqualTo("-1.5");
        assertThat(CsvReportWriter.field("<5")).isEqualTo("<5");
    }
}
