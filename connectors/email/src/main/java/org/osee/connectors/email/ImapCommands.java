package org.osee.connectors.email;

import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;

/**
 * The two IMAP commands the connector issues on every reply, in one round trip each: find messages by their
 * Message-ID, and flag messages \Seen without the server echoing their flags back. Both use message sequence numbers,
 * which the server keeps stable within the connection until it reports an expunge.
 */
final class ImapCommands {
    private ImapCommands() {
    }

    /** Sequence numbers of the messages of the open {@code folder} whose Message-ID header contains {@code messageId}. */
    static long[] withMessageId(IMAPFolder folder, String messageId) throws MessagingException {
        return (long[]) folder.doCommand(protocol -> {
            Argument args = new Argument().writeAtom("HEADER").writeAtom("Message-ID").writeString(messageId);
            Response[] responses = protocol.command("SEARCH", args);
            LongStream.Builder numbers = LongStream.builder();
            for (Response r : responses) {
                if (r instanceof IMAPResponse ir && ir.isUnTagged() && ir.keyEquals("SEARCH")) {
                    for (long n = ir.readLong(); n != -1; n = ir.readLong()) {
                        numbers.add(n);
                    }
                }
            }
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return numbers.build().toArray();
        });
    }

    /** Flags the messages with these sequence numbers \Seen in the open {@code folder}. */
    static void flagSeen(IMAPFolder folder, long[] numbers) throws MessagingException {
        if (numbers.length == 0) {
            return;
        }
        String set = Arrays.stream(numbers).mapToObj(Long::toString).collect(Collectors.joining(","));
        folder.doCommand(protocol -> {
            Response[] responses = protocol.command("STORE " + set + " +FLAGS.SILENT (\\Seen)", null);
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return null;
        });
    }
}
