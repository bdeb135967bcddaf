package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SvgChartsTest {
    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'quotes' \u0001\u0007 <img src=x onerror=alert(1)>";

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return xml.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void labels_with_markup_and_control_characters_stay_text_in_well_formed_svg() throws Exception {
        String svg = SvgCharts.horizontalBars("Gaps " + HOSTILE, List.of(HOSTILE, "licence"), List.of(3L, 1L), "#cf222e");

        assertThat(svg).doesNotContain("<script", "<img", "\u0001").contains("&lt;script&gt;", "&amp;", "&#39;");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        assertThat(doc.getDocumentElement().getTextContent()).contains("<script>alert(\"x\")");
    }

    @Test
    void series_names_and_categories_are_escaped_in_stacked_bars_too() throws Exception {
        String svg = SvgCharts.stackedBars("Per day", List.of("11-01", "<b>11-02</b>"),
                List.of(new SvgCharts.Series(HOSTILE, "#000\"/><script>x</script>", List.of(1L, 2L))));

        assertThat(svg).doesNotContain("<script", "<b>");
        assertThat(parse(svg).getElementsByTagName("rect").getLength()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void bars_are_as_tall_as_their_values_on_a_scale_of_whole_numbers() throws Exception {
        String svg = SvgCharts.stackedBars("Per day", List.of("a", "b"),
                List.of(new SvgCharts.Series("answer", "#2da44e", List.of(2L, 4L))));

        var rects = parse(svg).getElementsByTagName("rect");
        double first = Double.parseDouble(rects.item(rects.getLength() - 2).getAttributes().getNamedItem("height").getNodeValue());
        double second = Double.parseDouble(rects.item(rects.getLength() - 1).getAttributes().getNamedItem("height").getNodeValue());
        assertThat(second).isEqualTo(2 * first, org.assertj.core.data.Offset.offset(0.2));
        assertThat(SvgCharts.niceMax(5)).isEqualTo(8);
    }

    @Test
    void an_empty_range_says_so_instead_of_drawing_bars() throws Exception {
        String svg = SvgCharts.stackedBars("Per day", List.of("a"),
                List.of(new SvgCharts.Series("answer", "#2da44e", List.of(0L))));

        assertThat(parse(svg).getDocumentElement().getTextContent()).contains("Nothing in this range");
    }
}
