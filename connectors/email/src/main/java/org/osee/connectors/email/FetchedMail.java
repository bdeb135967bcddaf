package org.osee.connectors.email;

import java.time.Instant;

/**
 * One message as read from the mailbox.
 *
 * @param uid        its IMAP UID
 * @param size       its size on the server
 * @param raw        the whole message, or only its header block when {@code tooLarge}
 * @param tooLarge   true when the message was over the size limit and only its headers were read
 * @param receivedAt the server's INTERNALDATE, or {@code null}
 */
record FetchedMail(long uid, long size, byte[] raw, boolean tooLarge, Instant receivedAt) {
}
