package org.osee.bot.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/** The generative composer keeps the {@link Composer} contract, with a model that cites out of order. */
class GenerativeComposerContractTest extends ComposerContractTest {
    @Override
    Composer composer() {
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return ChatResponse.builder()
                        .aiMessage(AiMessage.from("Vendors sell support [2]. A licence file is needed at the root [1][2]."))
                        .build();
            }
        };
        return new GenerativeComposer(model, new ExtractiveComposer(), 5, "contract");
    }
}
