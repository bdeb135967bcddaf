package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osee.app.cli.Knowledge;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.KnowledgeBase;

/**
 * Email end to end, written the way people write: the running application over a small corpus in English, French
 * and Spanish (written here), a GreenMail server on loopback, and per language one person who mails a question
 * wrapped in a greeting, a sign-off with name and job title and an informative subject, then replies to the answer
 * with a new question above the quoted answer, quoted the way Gmail, Outlook or Apple Mail quote. Both questions
 * must be answered in the thread from the document that answers them (its link in the reply), the second one not
 * from the quoted first answer.
 */
class EmailConversationsIT {
    static final String INBOX = "opensource@gov.example";

    /** One person writing in one language, and the mail program that quotes their follow-up. */
    enum Writer {
        ENGLISH_GMAIL("alice@city.example", "Licence for software we paid for", """
                Hello,

                Our team paid a contractor to build a booking tool and we now want to publish it. Which licence \
                should we use for software the government paid for?

                Best regards,
                Alice Martin
                Procurement Officer, City of Springfield""",
                "Thank you. One more question: how can we judge whether a dependency is healthy before adopting it?"
                        + "\n\nAlice",
                Quoting.GMAIL_EN, List.of("https://example.org/en/licensing"), List.of("https://example.org/en/dependencies")),
        FRENCH_OUTLOOK("marie@ville.example", "Licence d'un logiciel financé par la ville", """
                Bonjour,

                Notre service a financé le développement d'un outil de réservation. Quelle licence libre \
                devons-nous choisir pour un logiciel financé par l'administration ?

                Cordialement,
                Marie Dubois
                Cheffe de projet numérique, Ville de Lyon""",
                "Merci. Autre question : comment évaluer la santé d'une dépendance avant de l'adopter ?\n\nMarie",
                Quoting.OUTLOOK_FR, List.of("https://example.org/fr/licences"), List.of("https://example.org/fr/dependances")),
        SPANISH_APPLE("carlos@ayto.example", "Licencia para un software pagado por el ayuntamiento", """
                Hola:

                Nuestro ayuntamiento pagó el desarrollo de una herramienta de reservas. ¿Qué licencia libre \
                debemos usar para un software financiado por la administración?

                Saludos cordiales,
                Carlos Pérez
                Jefe de Sistemas, Ayuntamiento de Sevilla""",
                "Gracias. Otra pregunta: ¿cómo evaluamos la salud de una dependencia antes de adoptarla?\n\nCarlos",
                Quoting.APPLE_ES, List.of("https://example.org/es/licencias"),
                List.of("https://example.org/es/dependencias")),
        PORTUGUESE_GMAIL("joao@prefeitura.example", "Licença para software pago pela prefeitura", """
                Olá,

                A nossa prefeitura pagou o desenvolvimento de uma ferramenta de agendamento. Qual licença livre \
                devemos usar para um software financiado pela administração?

                Atenciosamente,
                João Silva
                Analista de Sistemas, Prefeitura de Curitiba""",
                "Obrigado. Outra pergunta: como avaliar a saúde de uma dependência antes de adotá-la?\n\nJoão",
                Quoting.GMAIL_PT, List.of("https://example.org/es/licencias", "https://example.org/en/licensing"),
                List.of("https://example.org/es/dependencias", "https://example.org/en/dependencies"));

        final String address;
        final String subject;
        final String question;
        final String followUp;
        final Quoting quoting;
        /** The links of the documents that may answer the first question (any one of them). */
        final List<String> firstSource;
        /** The links of the documents that may answer the follow-up (any one of them). */
        final List<String> secondSource;

        Writer(String address, String subject, String question, String followUp, Quoting quoting,
               List<String> firstSource, List<String> secondSource) {
            this.address = address;
            this.subject = subject;
            this.question = question;
            this.followUp = followUp;
            this.quoting = quoting;
            this.firstSource = firstSource;
            this.secondSource = secondSource;
        }
    }

    /** How a mail program puts the message replied to below the new text. */
    enum Quoting {
        GMAIL_EN {
            @Override
            String quote(String answer) {
                return "On Fri, 27 Nov 2026 at 10:02, OSEE Assistant <" + INBOX + "> wrote:\n" + prefixed(answer);
            }
        },
        OUTLOOK_FR {
            @Override
            String quote(String answer) {
                return "________________________________\nDe : OSEE Assistant <" + INBOX + ">\n"
                        + "Envoyé : vendredi 27 novembre 2026 10:02\nÀ : Marie Dubois <marie@ville.example>\n"
                        + "Objet : RE: Licence d'un logiciel financé par la ville\n\n" + answer;
            }
        },
        APPLE_ES {
            @Override
            String quote(String answer) {
                return "> El 27 nov 2026, a las 10:02, OSEE Assistant <" + INBOX + "> escribió:\n>\n"
                        + prefixed(answer);
            }
        },
        GMAIL_PT {
            @Override
            String quote(String answer) {
                return "Em sex., 27 de nov. de 2026 às 10:02, OSEE Assistant <" + INBOX + "> escreveu:\n"
                        + prefixed(answer);
            }
        };

        abstract String quote(String answer);

        static String prefixed(String text) {
            return text.lines().map(l -> l.isEmpty() ? ">" : "> " + l).collect(Collectors.joining("\n")) + "\n";
        }
    }

    @TempDir
    Path tmp;

    GreenMail mail;
    GreenMailUser bot;
    Map<String, Object> email;

    @BeforeEach
    void startMail() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        bot = mail.setUser(INBOX, "bot", "secret");
        email = Map.of("address", INBOX,
                "imap", Map.of("host", "127.0.0.1", "port", imap, "security", "none", "username", "bot",
                        "password", "secret", "poll-interval", "500ms", "idle", "false"),
                "smtp", Map.of("host", "127.0.0.1", "port", smtp, "security", "none"));
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void a_wrapped_question_and_a_quoted_follow_up_are_both_answered_from_their_documents(Writer w)
            throws Exception {
        converse(w);
    }

    private void converse(Writer w) throws Exception {
        try (RunningApp app = RunningApp.overIndex(ingestCorpus(tmp), Map.of("email", email,
                "drafts", EmailServeIT.SEND_AT_ONCE))) {
            bot.deliver(message(w, "<q1." + w.name() + "@example>", null, w.subject, w.question));
            awaitReplies(app, w.address, 1);
            MimeMessage first = repliesTo(w.address).get(0);
            String firstText = text(first);
            assertThat(first.getHeader("In-Reply-To")[0]).isEqualTo("<q1." + w.name() + "@example>");
            assertThat(firstText).as("answer to the wrapped question")
                    .containsAnyOf(w.firstSource.toArray(String[]::new)).doesNotContain(w.secondSource.toArray(String[]::new));

            bot.deliver(message(w, "<q2." + w.name() + "@example>", "<q1." + w.name() + "@example>",
                    "Re: " + w.subject, w.followUp + "\n\n" + w.quoting.quote(firstText)));
            awaitReplies(app, w.address, 2);
            MimeMessage second = repliesTo(w.address).stream()
                    .filter(m -> header(m, "In-Reply-To").equals("<q2." + w.name() + "@example>")).findFirst()
                    .orElseThrow();
            assertThat(text(second)).as("answer to the quoted follow-up")
                    .containsAnyOf(w.secondSource.toArray(String[]::new));
            assertThat(app.consoleGet("/console/api/conversations").body()).contains(w.address);
        }
    }

    /** English, French and Spanish guides on two topics; no Portuguese ones. */
    static Path ingestCorpus(Path tmp) throws Exception {
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        doc(docs, "en-licensing.md", "en", "https://example.org/en/licensing", "Choosing a licence", """
                Software paid for by the government should be published under an open-source licence. A \
                permissive licence such as MIT or Apache-2.0 lets anyone reuse the code with few conditions. A \
                copyleft licence such as the GPL or the EUPL requires that modified versions are shared under the \
                same terms.""");
        doc(docs, "en-dependencies.md", "en", "https://example.org/en/dependencies", "Judging a dependency", """
                Before adopting a dependency, judge its health: look at how many maintainers it has and how often \
                it is released. Check how it handles reported vulnerabilities and read its OpenSSF Scorecard.""");
        doc(docs, "fr-licences.md", "fr", "https://example.org/fr/licences", "Choisir une licence", """
                Un logiciel financé par l'administration doit être publié sous une licence libre. Une licence \
                permissive comme MIT ou Apache-2.0 permet à chacun de réutiliser le code avec peu de conditions. \
                Une licence copyleft comme la GPL ou l'EUPL exige que les versions modifiées soient partagées aux \
                mêmes conditions.""");
        doc(docs, "fr-dependances.md", "fr", "https://example.org/fr/dependances", "Évaluer une dépendance", """
                Avant d'adopter une dépendance, évaluez sa santé : regardez combien de mainteneurs elle a et à \
                quelle fréquence elle publie des versions. Vérifiez comment elle traite les vulnérabilités \
                signalées et lisez son OpenSSF Scorecard.""");
        doc(docs, "es-licencias.md", "es", "https://example.org/es/licencias", "Elegir una licencia", """
                El software financiado por la administración debe publicarse bajo una licencia libre. Una \
                licencia permisiva como MIT o Apache-2.0 permite reutilizar el código con pocas condiciones. Una \
                licencia copyleft como la GPL o la EUPL exige que las versiones modificadas se compartan en las \
                mismas condiciones.""");
        doc(docs, "es-dependencias.md", "es", "https://example.org/es/dependencias", "Evaluar una dependencia", """
                Antes de adoptar una dependencia, evalúe su salud: mire cuántos mantenedores tiene y con qué \
                frecuencia publica versiones. Compruebe cómo gestiona las vulnerabilidades notificadas y lea su \
                OpenSSF Scorecard.""");
        Path data = tmp.resolve("data");
        try (KnowledgeBase kb = Knowledge.open(data)) {
            kb.ingest(List.of(docs), IngestListener.NONE);
        }
        return data;
    }

    private static void doc(Path dir, String file, String lang, String url, String title, String body)
            throws Exception {
        Files.writeString(dir.resolve(file), "---\ntitle: " + title + "\nurl: " + url + "\nlang: " + lang
                + "\n---\n# " + title + "\n\n" + body + "\n");
    }

    private static MimeMessage message(Writer w, String id, String inReplyTo, String subject, String text)
            throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(w.address));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(INBOX));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.setSentDate(new Date());
        m.saveChanges();
        m.setHeader("Message-ID", id);
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        return m;
    }

    /**
     * Waits for the assistant's replies to one address; when they do not come, fails with what the mail server holds
     * and what the console shows of the conversations, so that a failure says where the message stopped.
     */
    private void awaitReplies(RunningApp app, String address, int count) throws Exception {
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> repliesTo(address).size() == count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("reply " + count + " to " + address + " did not come within 90 s; mail held: "
                    + mailHeld() + "; console conversations: " + app.consoleGet("/console/api/conversations").body(),
                    e);
        }
    }

    private String mailHeld() {
        return java.util.Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return java.util.Arrays.toString(m.getAllRecipients()) + " from " + java.util.Arrays.toString(m.getFrom())
                        + " \"" + m.getSubject() + "\" id " + header(m, "Message-ID") + " replying to "
                        + header(m, "In-Reply-To");
            } catch (Exception e) {
                return "(unreadable: " + e + ")";
            }
        }).collect(Collectors.joining(" | ", "[", "]"));
    }

    private List<MimeMessage> repliesTo(String address) {
        return mail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    private static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? "" : values[0];
        } catch (Exception e) {
            return "";
        }
    }

    /** The text/plain part of a message, decoded. */
    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String t = text(mp.getBodyPart(i));
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return "";
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
