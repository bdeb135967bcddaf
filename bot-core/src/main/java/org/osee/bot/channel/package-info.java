/**
 * Channels that live inside bot-core (the loopback channel used by {@code osee ask} and by tests, with its optional
 * durable, idempotent reply log), and what the chat connectors share: the {@link org.osee.bot.channel.FloodGuard}.
 */
package org.osee.bot.channel;
