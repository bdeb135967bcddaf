/**
 * The durable message pipeline: {@link org.osee.bot.pipeline.DurableInbox} checks and stores what channels receive,
 * workers answer it through the assistant and record the reply, the delivery and the inbox item's completion in one
 * transaction, and one sender per channel delivers replies with retries, exponential backoff with jitter and dead
 * letters. {@link org.osee.bot.pipeline.Pipeline} runs it; {@link org.osee.bot.pipeline.RetentionJob} forgets old
 * conversations on the leading instance.
 *
 * <p>Exactly-once delivery needs the channel's help: a process that dies between sending and recording the send
 * makes the item go out again after its lease, with the same {@link org.osee.bot.domain.OutboundMessage#id()}, which
 * channels use as an idempotency key.
 */
package org.osee.bot.pipeline;
