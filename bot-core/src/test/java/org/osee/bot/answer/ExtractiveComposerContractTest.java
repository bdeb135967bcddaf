package org.osee.bot.answer;

/** The extractive composer keeps the {@link Composer} contract. */
class ExtractiveComposerContractTest extends ComposerContractTest {
    @Override
    Composer composer() {
        return new ExtractiveComposer();
    }
}
