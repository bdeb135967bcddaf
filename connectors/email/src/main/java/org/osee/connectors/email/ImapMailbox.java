package org.osee.connectors.email;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.MessageIDTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * One IMAP connection to the shared mailbox: its question folder (opened read-write) and, on demand, its Sent folder.
 * Not thread-safe; each user (the receiver thread, the delivering side) has its own.
 */
final class ImapMailbox implements AutoCloseable {
    private final ImapConfig config;
    private final Duration readTimeout;
    private final long maxBytes;
    private IMAPStore store;
    private IMAPFolder folder;
    private IMAPFolder sent;
    private boolean sentMissing;

    ImapMailbox(ImapConfig config, Duration readTimeout, long maxBytes) {
        this.config = config;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    /** Connects and opens the question folder when not connected yet; returns its UIDVALIDITY. */
    long open() throws MessagingException {
        if (folder != null && folder.isOpen() && store.isConnected()) {
            return folder.getUIDValidity();
        }
        close();
        Store created = MailSessions.imap(config, readTimeout).getStore(MailSessions.imapProtocol(config));
        store = (IMAPStore) created;
        store.connect(config.host(), config.port(), config.auth().required() ? config.auth().username() : null,
                config.auth().required() ? config.auth().secret() : null);
        folder = (IMAPFolder) store.getFolder(config.folder());
        folder.open(Folder.READ_WRITE);
        return folder.getUIDValidity();
    }

    boolean isConnected() {
        return store != null && store.isConnected() && folder != null && folder.isOpen();
    }

    boolean supportsIdle() throws MessagingException {
        return store != null && store.hasCapability("IDLE");
    }

    /** Waits in IDLE until the server reports a change, another thread breaks it, or the connection drops. */
    void idle() throws MessagingException {
        folder.idle(true);
    }

    /** Breaks an IDLE in progress (called from another thread); harmless when not idling. */
    void wake() {
        try {
            IMAPFolder current = folder;
            if (current != null && current.isOpen()) {
                // Any folder command ends the IDLE first (DONE). Not getMessageCount(): it answers from its cache,
                // without breaking the IDLE, when the connection was used less than a second ago.
                current.doCommand(protocol -> null);
            }
        } catch (MessagingException | RuntimeException e) {
            // the receiving thread sees the broken connection itself
        }
    }

    /**
     * A message not flagged \Seen, with what its envelope says; {@code problem} is non-null when the server could not
     * give the envelope (then size is -1 and the other fields are empty).
     */
    record Unseen(long uid, long size, java.time.Instant receivedAt, String messageId, String from, String problem) {
        Unseen(long uid, long size, java.time.Instant receivedAt, String messageId, String from) {
            this(uid, size, receivedAt, messageId, from, null);
        }
    }

    /**
     * The messages not flagged \Seen, oldest first. Envelopes are fetched for all of them in one command; when that
     * command fails (one message the server cannot describe fails the whole batch), each message is asked for
     * alone, so only the unreadable one carries a {@link Unseen#problem()}.
     */
    java.util.List<Unseen> unseen() throws MessagingException {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        FetchProfile uids = new FetchProfile();
        uids.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(unseen, uids);
        FetchProfile envelopes = new FetchProfile();
        envelopes.add(FetchProfile.Item.ENVELOPE); // also INTERNALDATE and RFC822.SIZE
        try {
            folder.fetch(unseen, envelopes);
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException | RuntimeException batchFailed) {
            // each message is asked for alone below
        }
        java.util.List<Unseen> found = new java.util.ArrayList<>();
        for (Message m : unseen) {
            found.add(describe(m));
        }
        found.sort(java.util.Comparator.comparingLong(Unseen::uid));
        return found;
    }

    private Unseen describe(Message m) throws MessagingException {
        long uid = folder.getUID(m);
        try {
            java.util.Date received = m.getReceivedDate();
            return new Unseen(uid, m.getSize(), received == null ? null : received.toInstant(), envelopeId(m),
                    envelopeFrom(m));
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException | RuntimeException e) {
            return new Unseen(uid, -1, null, "", "", "the server could not give its envelope: " + e.getMessage());
        }
    }

    private static String envelopeId(Message m) {
        try {
            return MailParser.messageId(((MimeMessage) m).getMessageID());
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static String envelopeFrom(Message m) {
        try {
            jakarta.mail.Address[] from = m.getFrom();
            return from != null && from.length > 0 && from[0] instanceof jakarta.mail.internet.InternetAddress a
                    && a.getAddress() != null ? a.getAddress().toLowerCase(java.util.Locale.ROOT) : "";
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    /** The whole message (only its headers when it is over the limit), or {@code null} when it is gone. */
    FetchedMail fetch(Unseen unseen) throws MessagingException, IOException {
        Message message = folder.getMessageByUID(unseen.uid());
        if (message == null || message.isExpunged()) {
            return null;
        }
        if (unseen.size() > maxBytes) {
            return new FetchedMail(unseen.uid(), unseen.size(), headerBlock((MimeMessage) message), true,
                    unseen.receivedAt());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, (int) Math.min(unseen.size(), maxBytes)));
        message.writeTo(out);
        return new FetchedMail(unseen.uid(), unseen.size(), out.toByteArray(), false, unseen.receivedAt());
    }

    /** Flags these messages \Seen in one command. */
    void markSeen(long[] uids) throws MessagingException {
        ImapCommands.flagSeen(folder, Arrays.stream(folder.getMessagesByUID(uids)).filter(java.util.Objects::nonNull)
                .mapToLong(Message::getMessageNumber).toArray());
    }

    private static byte[] headerBlock(MimeMessage message) throws MessagingException {
        StringBuilder block = new StringBuilder();
        for (Enumeration<String> lines = message.getAllHeaderLines(); lines.hasMoreElements(); ) {
            block.append(lines.nextElement()).append("\r\n");
        }
        return block.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Flags a question \Seen: every copy carrying {@code messageId} (the same message delivered twice, or renumbered
     * UIDs) when there is one, else the message with this UID if the folder was not renumbered.
     */
    void markSeen(long uidValidity, long uid, String messageId) throws MessagingException {
        open();
        if (!messageId.isEmpty()) {
            ImapCommands.flagSeen(folder, ImapCommands.withMessageId(folder, messageId));
        } else if (uid > 0 && folder.getUIDValidity() == uidValidity) {
            markSeen(new long[] {uid});
        }
    }

    private static String headerId(Message message) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        return ids == null || ids.length == 0 ? "" : MailParser.messageId(ids[0]);
    }

    /**
     * True when a message with this Message-ID is in the question folder (where the copy every reply is sent to the
     * inbox itself lands) or in the Sent folder.
     */
    boolean alreadySent(String messageId) throws MessagingException {
        open();
        if (contains(folder, messageId)) {
            return true;
        }
        IMAPFolder box = sentFolder(false);
        return box != null && contains(box, messageId);
    }

    private static boolean contains(IMAPFolder box, String messageId) throws MessagingException {
        return ImapCommands.withMessageId(box, messageId).length > 0;
    }

    /** Keeps a copy of a sent reply in the Sent folder, flagged \Seen. */
    void appendSent(MimeMessage reply) throws MessagingException {
        reply.setFlag(Flags.Flag.SEEN, true);
        sentFolder(true).appendMessages(new Message[] {reply});
    }

    /** The Sent folder, opened; {@code null} when it does not exist and {@code create} is false. */
    private IMAPFolder sentFolder(boolean create) throws MessagingException {
        open();
        if (sent != null && sent.isOpen()) {
            return sent;
        }
        if (sentMissing && !create) {
            return null;
        }
        IMAPFolder box = (IMAPFolder) store.getFolder(config.sentFolder());
        if (!box.exists() && !create) {
            sentMissing = true; // looked up once per connection
            return null;
        }
        if (!box.exists() && !box.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("cannot create the folder " + config.sentFolder());
        }
        box.open(Folder.READ_ONLY);
        sent = box;
        return sent;
    }

    private static String safeId(Message message) {
        try {
            return headerId(message);
        } catch (MessagingException e) {
            return "";
        }
    }

    @Override
    public void close() {
        for (Folder f : Collections.unmodifiableList(Arrays.asList(sent, folder))) {
            try {
                if (f != null && f.isOpen()) {
                    f.close(false);
                }
            } catch (MessagingException | RuntimeException e) {
                // closing a dead connection
            }
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException | RuntimeException e) {
            // closing a dead connection
        }
        sent = null;
        sentMissing = false;
        folder = null;
        store = null;
    }
}
