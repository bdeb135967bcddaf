package org.osee.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osee.knowledge.embed.Embedder;
import org.osee.knowledge.embed.MiniLmEmbedder;

/** A tiny fixed corpus the integration tests write into a temp folder, and a shared embedding model. */
final class TestCorpus {
    private static MiniLmEmbedder model;

    private TestCorpus() {
    }

    /** The real all-MiniLM-L6-v2 model, loaded once per JVM and never closed by a knowledge base. */
    static synchronized Embedder sharedModel() {
        if (model == null) {
            model = new MiniLmEmbedder(2);
        }
        MiniLmEmbedder m = model;
        return new Embedder() {
            @Override
            public List<float[]> embed(List<String> texts) {
                return m.embed(texts);
            }

            @Override
            public int dimension() {
                return m.dimension();
            }
        };
    }

    /** A knowledge base in {@code dir}/index, with the shared model, that has ingested {@code corpus}. */
    static KnowledgeBase ingested(Path dir, Path corpus) {
        KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(dir.resolve("index")), sharedModel());
        kb.ingest(java.util.List.of(corpus), IngestListener.NONE);
        return kb;
    }

    static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static void writeAll(Path root) throws IOException {
        write(root, "en/licensing.md", """
                ---
                title: Choosing an open source licence
                url: https://example.org/licensing
                ---
                # Choosing an open source licence

                ## Permissive licences

                Permissive licences such as MIT and Apache 2.0 let anyone reuse the code, including inside
                proprietary, closed-source products, as long as the copyright notice is kept.

                ## Copyleft licences

                Copyleft licences such as the GPL require that modified versions are distributed under the same
                licence. Internal use without distribution does not trigger the obligation to share changes.
                """);
        write(root, "en/security.md", """
                # Securing your dependencies

                Keep a software bill of materials (SBOM) for every application. Scan dependencies for known
                vulnerabilities (CVEs) on every build, and turn on automated update pull requests so that
                security patches are applied quickly.

                ## Reporting vulnerabilities

                Publish a SECURITY.md file that explains how to report a vulnerability privately.
                """);
        write(root, "en/procurement.md", """
                # Buying software

                When a department procures software, the tender should consider open source solutions fairly,
                count the total cost of ownership, and avoid vendor lock-in by requiring open standards and
                data export.
                """);
        write(root, "fr/gouvernance.md", """
                ---
                title: Gouvernance d'un projet libre
                lang: fr
                ---
                # Gouvernance d'un projet libre

                ## Prise de décision

                Les décisions du projet sont prises par consensus entre les mainteneurs. Quand le consensus
                échoue, le comité technique vote. Le fichier GOVERNANCE.md décrit les rôles et les règles.
                """);
        write(root, "es/comunidad.md", """
                # Construir una comunidad

                ## Dar la bienvenida a nuevos contribuyentes

                Etiqueta las incidencias sencillas como "good first issue", responde rápido a las primeras
                contribuciones y publica un código de conducta para que las personas nuevas se sientan seguras.
                """);
        write(root, "talks/interview.vtt", """
                WEBVTT
                Title: Interview with an OSPO lead
                url: https://video.example.org/ospo

                00:00:05.000 --> 00:00:20.000
                Our open source programme office started with two people and a small budget.

                00:00:21.000 --> 00:00:40.000
                The first thing we did was write an inventory of every open source project we maintain.
                """);
        write(root, "web/inner-source.html", """
                <html lang="en"><head><title>Inner source at the agency</title>
                <link rel="canonical" href="https://example.org/inner-source"></head>
                <body><nav>Home | About | Contact</nav><main>
                <h1>Inner source</h1><p>Inner source applies open source practices, such as pull requests and
                public issue trackers, to code shared between teams inside one organisation.</p></main>
                <footer>Cookie settings</footer></body></html>
                """);
    }
}
