package org.osee.bot.answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Turn;
import org.osee.knowledge.Passage;
import org.osee.knowledge.load.LanguageGuesser;

/** Passages and conversations shared by the answering tests. */
final class Fixtures {
    static final LanguageGuesser LANGUAGES = new LanguageGuesser();

    static final Passage LICENCE_EN = new Passage("guides/licensing.md", "Choosing a licence", "Licences > Choosing",
            "https://example.org/licensing", "en",
            "# Choosing a licence\n\nEvery public repository needs a licence file at its root. "
                    + "Without a licence, nobody may legally reuse the code. "
                    + "Permissive licences such as MIT or Apache-2.0 allow reuse in closed products. "
                    + "Copyleft licences such as the GPL require that modified versions are shared under the same terms.\n\n"
                    + "- Ask your legal team before choosing a licence for a large project.\n", 0.82);
    static final Passage PROCUREMENT_EN = new Passage("guides/procurement.md", "Buying software", "Procurement",
            null, "en",
            "Procurement officers should compare the total cost of ownership of open-source and proprietary options. "
                    + "Support contracts for open-source software can be bought from several vendors. "
                    + "Municipalities can pool their procurement to share the cost of support.", 0.55);
    static final Passage LICENCE_FR = new Passage("guides-fr/licences.md", "Choisir une licence", "Licences",
            null, "fr",
            "Chaque dépôt public a besoin d'un fichier de licence à sa racine. "
                    + "Sans licence, personne ne peut légalement réutiliser le code.", 0.78);

    private Fixtures() {
    }

    static ConversationSnapshot fresh() {
        return ConversationSnapshot.fresh("c1", "web");
    }

    static ConversationSnapshot with(ConversationStatus status, Object... turns) {
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i < turns.length; i += 2) {
            history.add(new Turn((Author) turns[i], (String) turns[i + 1], Instant.EPOCH.plusSeconds(i)));
        }
        return new ConversationSnapshot("c1", "web", status, null, history);
    }

    static ConversationSnapshot open(Object... turns) {
        return with(ConversationStatus.OPEN, turns);
    }
}
