package org.osee.bot.port;

import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.StoredMessage;

/** What staff do to a conversation from the console. Each throws {@link NotFoundException} for an unknown id. */
public interface StaffDesk {
    /**
     * Records a staff reply and queues it for delivery through the conversation's channel, like a bot reply; the
     * conversation then waits for the person ({@code WAITING_FOR_USER}) until they write again.
     */
    StoredMessage reply(String conversationId, String staffName, String text);

    /** Records a note that staff see and the user never does. */
    StoredMessage note(String conversationId, String staffName, String text);

    /** Resolves the conversation, or hands it back to the assistant ({@code OPEN}), or any other status. */
    void setStatus(String conversationId, ConversationStatus status);

    /**
     * Assigns the conversation to an account ({@code account} {@code null}: to nobody), whoever had it before;
     * returns the account that had it, or {@code null}.
     */
    String assign(String conversationId, String account, String accountName);
}
