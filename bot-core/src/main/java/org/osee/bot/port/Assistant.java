package org.osee.bot.port;

import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.Reply;

/** Turns a conversation plus its newest message into a reply: an answer, a clarifying question or an escalation. */
public interface Assistant {
    Reply reply(ConversationSnapshot conversation, String message);
}
