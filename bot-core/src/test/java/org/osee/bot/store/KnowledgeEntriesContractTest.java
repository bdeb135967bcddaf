package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.EntryText;
import org.osee.bot.domain.KnowledgeEntry;
import org.osee.bot.domain.KnowledgeEntry.Status;
import org.osee.bot.port.KnowledgeEntries;
import org.osee.bot.port.NotFoundException;
import org.osee.knowledge.BadInputException;

/** The {@link KnowledgeEntries} contract, run on every database. */
public abstract class KnowledgeEntriesContractTest extends StoreContract {
    private KnowledgeEntries entries;

    @BeforeEach
    void openEntries() {
        entries = new JdbcKnowledgeEntries(db.database().dataSource(), clock);
    }

    private static EntryText text(String answer) {
        return new EntryText("Sharing code", "How do we share code?", answer, "en");
    }

    @Test
    void a_new_entry_is_a_draft_and_is_not_published() {
        long before = entries.published().revision();

        KnowledgeEntry draft = entries.create(text("Publish it on a public forge."), null, "grace");

        assertThat(draft.status()).isEqualTo(Status.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.author()).isEqualTo("grace");
        assertThat(draft.source()).isEqualTo("faq/" + draft.id());
        assertThat(entries.published().entries()).isEmpty();
        assertThat(entries.published().revision()).isGreaterThan(before);
    }

    @Test
    void publishing_editing_and_withdrawing_each_move_the_revision_on() {
        KnowledgeEntry draft = entries.create(text("Publish it on a public forge."), null, "grace");
        long r1 = entries.published().revision();

        entries.setStatus(draft.id(), Status.PUBLISHED, "ada");
        KnowledgeEntries.Published published = entries.published();
        assertThat(published.revision()).isGreaterThan(r1);
        assertThat(published.entries()).extracting(e -> e.text().answer()).containsExactly("Publish it on a public forge.");

        KnowledgeEntry edited = entries.edit(draft.id(), text("Publish it on a public forge with a licence."), 2, "ada");
        assertThat(edited.status()).isEqualTo(Status.PUBLISHED);
        assertThat(edited.version()).isEqualTo(3);
        assertThat(edited.updatedBy()).isEqualTo("ada");
        assertThat(entries.published().revision()).isGreaterThan(published.revision());

        entries.setStatus(draft.id(), Status.WITHDRAWN, "ada");
        assertThat(entries.published().entries()).isEmpty();
        assertThat(entries.list(Status.WITHDRAWN, 10, 0)).extracting(KnowledgeEntry::id).containsExactly(draft.id());
    }

    @Test
    void an_edit_of_a_version_someone_else_changed_is_refused() {
        KnowledgeEntry draft = entries.create(text("one"), null, "grace");
        entries.edit(draft.id(), text("two"), 1, "ada");

        assertThatThrownBy(() -> entries.edit(draft.id(), text("three"), 1, "grace"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("changed by ada");
        assertThat(entries.find(draft.id()).orElseThrow().text().answer()).isEqualTo("two");
    }

    @Test
    void an_entry_from_a_conversation_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> entries.create(text("x"), "no-such-conversation\nurl: https://evil.example", "grace"))
                .isInstanceOf(NotFoundException.class);
        assertThat(entries.list(null, 10, 0)).isEmpty();
    }

    @Test
    void an_entry_keeps_the_conversation_it_came_from() {
        stores.inbox().store(message("m1", "thread-1", "How do we share code?"));
        String conversation = idOfThread("thread-1");

        KnowledgeEntry entry = entries.create(text("Publish it."), conversation, "grace");

        assertThat(entries.find(entry.id()).orElseThrow().conversationId()).isEqualTo(conversation);
    }

    @Test
    void changing_an_entry_that_does_not_exist_is_not_found() {
        assertThatThrownBy(() -> entries.setStatus(404, Status.PUBLISHED, "ada")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> entries.edit(404, text("x"), 0, "ada")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void text_is_checked_and_kept_as_written() {
        assertThatThrownBy(() -> new EntryText("t", " ", "a", "en")).hasMessageContaining("\"question\" is required");
        assertThatThrownBy(() -> new EntryText("t", "q", "a", "en\nurl: x")).hasMessageContaining("\"language\"");
        EntryText odd = new EntryText("", "---\nurl: https://evil.example\n---\nWhat?", "<script>x</script>", "FR");
        assertThat(odd.title()).isEqualTo("---");
        assertThat(odd.language()).isEqualTo("fr");
        KnowledgeEntry stored = entries.create(odd, null, "grace");
        assertThat(entries.find(stored.id()).orElseThrow().text()).isEqualTo(odd);
    }
}
