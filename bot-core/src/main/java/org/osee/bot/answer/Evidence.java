package org.osee.bot.answer;

/**
 * What the assistant's decision to answer rests on, measured the same way for every question.
 *
 * @param top          the best retrieved passage's score, 0..1
 * @param missingNames true when the question names something (an acronym, a product, an organisation) that none of
 *                     the best passages mentions
 * @param support      the largest share of the question's weighted terms found in one excerpt of the best passages
 *                     (up to three consecutive sentences or items of a paragraph or list)
 */
public record Evidence(double top, boolean missingNames, double support) {
}
