package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_are_prefixed_with_an_apostrophe() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.cell("\t=x")).isEqualTo("'\t=x");
        assertThat(Csv.cell("licence = MIT")).isEqualTo("licence = MIT");
    }

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted() {
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void rows_end_with_crlf_and_null_is_an_empty_cell() {
        assertThat(new Csv().row(List.of("day", "count")).row(java.util.Arrays.asList("2026-11-01", null, 3)).toString())
                .isEqualTo("day,count\r\n2026-11-01,,3\r\n");
    }
}
