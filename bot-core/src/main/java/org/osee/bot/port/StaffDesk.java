package org.osee.bot.port;

import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.StoredMessage;

/** What staff do to a conversation from the console. Each throws {@link NotFoundException} for an unknown id. */
public interface StaffDesk {
    /** Records a staff reply and queues it for delivery through the conversation's channel, like a bot reply. */
    StoredMessage reply(String conversationId, String staffName, String text);

    /** Records a note that staff see and the user never does. */
    StoredMessage note(String conversationId, String staffName, String text);

    /** Resolves the conversation, or hands it back to the assistant ({@code OPEN}), or any other status. */
    void setStatus(String conversationId, ConversationStatus status);
}
