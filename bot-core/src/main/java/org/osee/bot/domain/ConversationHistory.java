package org.osee.bot.domain;

import java.util.List;
import java.util.Objects;

/** Everything stored about one conversation, oldest first: what the staff console shows. */
public record ConversationHistory(Conversation conversation, List<StoredMessage> messages,
                                  List<Escalation> escalations, List<Feedback> feedback) {
    public ConversationHistory {
        Objects.requireNonNull(conversation, "conversation");
        messages = messages == null ? List.of() : List.copyOf(messages);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }
}
