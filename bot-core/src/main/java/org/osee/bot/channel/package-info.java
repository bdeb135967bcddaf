/**
 * Channels that live inside bot-core: the loopback channel used by {@code osee ask} and by tests, with its optional
 * durable, idempotent reply log.
 */
package org.osee.bot.channel;
