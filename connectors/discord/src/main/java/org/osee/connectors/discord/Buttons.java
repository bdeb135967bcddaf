package org.osee.connectors.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.buttons.Button;

/**
 * The buttons under an answer: helpful, not helpful, talk to a person. Each carries, in its custom id (at most 100
 * characters), the outbox id of the answer, the person who asked, and the conversation's thread key.
 */
final class Buttons {
    enum Action { HELPFUL, NOT_HELPFUL, HUMAN }

    /** A pressed button, decoded. */
    record Press(Action action, long outboxId, long asker, ThreadKey key) {}

    private static final String PREFIX = "osee|";

    private Buttons() {}

    static ActionRow row(long outboxId, long asker, ThreadKey key) {
        return ActionRow.of(
                Button.success(id("h", outboxId, asker, key), "Helpful"),
                Button.secondary(id("n", outboxId, asker, key), "Not helpful"),
                Button.primary(id("p", outboxId, asker, key), "Talk to a person"));
    }

    private static String id(String action, long outboxId, long asker, ThreadKey key) {
        return PREFIX + action + "|" + outboxId + "|" + Long.toUnsignedString(asker) + "|" + key.key();
    }

    /** Decodes a custom id; empty for buttons that are not ours or were tampered with. */
    static Optional<Press> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        List<String> parts = List.of(customId.split("\\|"));
        if (parts.size() != 5) {
            return Optional.empty();
        }
        Action action = switch (parts.get(1)) {
            case "h" -> Action.HELPFUL;
            case "n" -> Action.NOT_HELPFUL;
            case "p" -> Action.HUMAN;
            default -> null;
        };
        Optional<ThreadKey> key = ThreadKey.parse(parts.get(4));
        try {
            return action == null || key.isEmpty() ? Optional.empty() : Optional.of(new Press(action,
                    Long.parseLong(parts.get(2)), Long.parseUnsignedLong(parts.get(3)), key.get()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
