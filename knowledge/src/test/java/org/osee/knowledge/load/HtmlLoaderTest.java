package org.osee.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HtmlLoaderTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="es">
            <head>
              <title>Guía de licencias</title>
              <link rel="canonical" href="https://example.org/guia">
              <style>body { color: red }</style>
              <script>var tracking = "secret";</script>
            </head>
            <body>
              <header><a href="/">Home</a> Site header</header>
              <nav><ul><li>Menu item</li></ul></nav>
              <div id="cookie-banner">We use cookies. Accept?</div>
              <main>
                <h1 id="inicio">Licencias</h1>
                <p>Las licencias <em>abiertas</em> permiten reutilizar.</p>
                <h2>Elegir una licencia</h2>
                <p>Primer párrafo.</p>
                <ul><li>Uno</li><li>Dos</li></ul>
                <form><input name="q"> Search this site</form>
                <aside>Related links</aside>
              </main>
              <footer>Copyright footer</footer>
              <script>console.log("late")</script>
            </body>
            </html>
            """;

    private Document load(String html) {
        return new HtmlLoader().load(new SourceFile(Path.of("page.html"), "page.html",
                html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keeps_main_content_and_drops_navigation_scripts_forms_and_banners() {
        String all = load(PAGE).fullText();

        assertThat(all).contains("Las licencias abiertas permiten reutilizar.", "Primer párrafo.", "Uno", "Dos")
                .doesNotContain("Menu item", "Site header", "cookies", "tracking", "color: red", "Search this site",
                        "Related links", "Copyright footer", "console.log");
    }

    @Test
    void headings_become_sections_with_anchors() {
        Document doc = load(PAGE);

        assertThat(doc.sections()).extracting(Section::path)
                .containsExactly("Licencias", "Licencias > Elegir una licencia");
        assertThat(doc.sections().get(0).anchor()).isEqualTo("inicio");
        assertThat(doc.sections().get(1).anchor()).isEqualTo("elegir-una-licencia");
        assertThat(doc.sections().get(1).text()).isEqualTo("Primer párrafo.\n\nUno\nDos");
    }

    @Test
    void reads_title_canonical_url_and_lang_attribute() {
        Document doc = load(PAGE);

        assertThat(doc.title()).isEqualTo("Guía de licencias");
        assertThat(doc.url()).isEqualTo("https://example.org/guia");
        assertThat(doc.language()).isEqualTo("es");
    }

    @Test
    void without_main_reads_the_body_and_titles_by_first_h1() {
        Document doc = load("<html><body><nav>menu</nav><h1>Only heading</h1><p>Text here.</p></body></html>");

        assertThat(doc.title()).isEqualTo("Only heading");
        assertThat(doc.url()).isNull();
        assertThat(doc.fullText()).contains("Text here.").doesNotContain("menu");
    }
}
