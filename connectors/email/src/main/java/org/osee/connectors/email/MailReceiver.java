package org.osee.connectors.email;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.Inbox;
import org.osee.knowledge.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiving loop: keeps a connection to the question folder, hands every unseen message to the inbox (or skips
 * it and flags it \Seen), waits for more with IDLE or by polling, and reconnects with exponential backoff when the
 * server goes away. Messages handed to the inbox stay unseen until their reply is delivered, so a restart offers
 * them again and the inbox drops them as duplicates.
 */
final class MailReceiver implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(MailReceiver.class);

    /** A message to flag \Seen that the delivering side could not flag itself. */
    record SeenRequest(long uidValidity, long uid, String messageId) {
    }

    private final EmailConfig config;
    private final Inbox inbox;
    private final BooleanSupplier leader;
    private final MailParser parser;
    private final MailFilter filter;
    private final InboundMapper mapper;
    private final EmailStats stats;
    private final ConcurrentLinkedQueue<SeenRequest> toFlag;
    private final ImapMailbox mailbox;
    private final Object sleeper = new Object();
    private static final int MAX_FAILURES = 3;

    private final Set<Long> offered = new HashSet<>();
    private final java.util.Map<Long, Integer> failures = new java.util.HashMap<>();
    private volatile boolean running = true;
    private volatile boolean idling;
    private boolean retryBeforeWaiting;
    private long uidValidity = -1;

    MailReceiver(EmailConfig config, Inbox inbox, BooleanSupplier leader, MailFilter filter, EmailStats stats,
                 ConcurrentLinkedQueue<SeenRequest> toFlag) {
        this.config = config;
        this.inbox = inbox;
        this.leader = leader;
        this.parser = new MailParser(config.limits());
        this.filter = filter;
        this.mapper = new InboundMapper(config.domain());
        this.stats = stats;
        this.toFlag = toFlag;
        this.mailbox = new ImapMailbox(config.imap(), readTimeout(config), config.limits().maxMessageBytes());
    }

    private static Duration readTimeout(EmailConfig config) {
        Duration idle = waitBetweenChecks(config);
        return idle.plus(MailSessions.COMMAND_TIMEOUT);
    }

    private static Duration waitBetweenChecks(EmailConfig config) {
        Duration poll = config.imap().pollInterval();
        Duration refresh = config.limits().idleRefresh();
        return poll.compareTo(refresh) < 0 ? poll : refresh;
    }

    @Override
    public void run() {
        Backoff backoff = new Backoff(config.limits().reconnectInitial(), config.limits().reconnectMax());
        while (running) {
            try {
                if (!leader.getAsBoolean()) {
                    mailbox.close();
                    pause(config.imap().pollInterval());
                    continue;
                }
                connect();
                backoff.reset();
                checkOnce();
                waitForMail();
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                mailbox.close();
                Duration wait = backoff.next();
                LOG.warn("email: receiving from {}:{} failed ({}); trying again in {} ms", config.imap().host(),
                        config.imap().port(), e.toString(), wait.toMillis());
                pause(wait);
            }
        }
        mailbox.close();
    }

    private void connect() throws Exception {
        long validity = mailbox.open();
        if (validity != uidValidity) {
            if (uidValidity != -1) {
                LOG.info("email: UIDVALIDITY of {} changed from {} to {}; reading all unseen mail again",
                        config.imap().folder(), uidValidity, validity);
            }
            offered.clear();
            failures.clear();
            uidValidity = validity;
        }
    }

    /** Flags what the delivering side left over, then reads every unseen message not handled yet. */
    void checkOnce() throws Exception {
        retryBeforeWaiting = false;
        flagLeftOvers();
        java.util.List<Long> ownCopies = new java.util.ArrayList<>();
        for (ImapMailbox.Unseen unseen : newUnseen()) {
            if (!running) {
                break;
            }
            if (MessageIds.isOurs(unseen.messageId(), config.domain()) && unseen.from().equals(config.address())) {
                ownCopies.add(unseen.uid()); // the copy of a reply sent to the inbox itself: the record it was sent
            } else if (!fetchAndHandle(unseen)) {
                retryBeforeWaiting = true;
                continue;
            }
            offered.add(unseen.uid());
        }
        if (!ownCopies.isEmpty()) {
            mailbox.markSeen(ownCopies.stream().mapToLong(Long::longValue).toArray());
            ownCopies.forEach(uid -> stats.count("own_copies"));
        }
    }

    private void flagLeftOvers() throws Exception {
        for (SeenRequest r = toFlag.peek(); r != null; r = toFlag.peek()) {
            mailbox.markSeen(r.uidValidity(), r.uid(), r.messageId());
            toFlag.poll();
        }
    }

    /** Unseen messages not handed over yet in this session; forgets those flagged \Seen since. */
    private java.util.List<ImapMailbox.Unseen> newUnseen() throws Exception {
        java.util.List<ImapMailbox.Unseen> all = mailbox.unseen();
        Set<Long> stillUnseen = new HashSet<>();
        all.forEach(u -> stillUnseen.add(u.uid()));
        offered.retainAll(stillUnseen);
        failures.keySet().retainAll(stillUnseen);
        return all.stream().filter(u -> !offered.contains(u.uid())).toList();
    }

    /**
     * Reads and handles one message. A failure of this message alone (its envelope, body or parsing) is counted and
     * the loop goes on to the next message; the message is tried again in the next round, and after
     * {@value #MAX_FAILURES} failures it is set aside: recorded with its reason for staff (the console's
     * rejections) and flagged \Seen, so it never holds up the rest. Failures of the connection or the inbox are
     * rethrown.
     *
     * @return true when the message is done with (handled or set aside), false when it should be tried again
     */
    private boolean fetchAndHandle(ImapMailbox.Unseen unseen) throws Exception {
        try {
            if (unseen.problem() != null) {
                throw new UnreadableMessage(unseen.problem());
            }
            FetchedMail fetched = mailbox.fetch(unseen);
            if (fetched != null) {
                handle(fetched);
            }
            failures.remove(unseen.uid());
            return true;
        } catch (InboxUnavailable e) {
            throw e;
        } catch (Exception e) {
            if (!mailbox.isConnected()) {
                throw e;
            }
            int count = failures.merge(unseen.uid(), 1, Integer::sum);
            if (count < MAX_FAILURES) {
                LOG.info("email: could not read uid {} (attempt {} of {}): {}", unseen.uid(), count, MAX_FAILURES,
                        e.toString());
                return false;
            }
            setAside(unseen, "unreadable after " + count + " attempts: " + e.getMessage());
            return true;
        }
    }

    private void setAside(ImapMailbox.Unseen unseen, String reason) throws Exception {
        String id = unseen.messageId().isEmpty() ? "imap:" + uidValidity + ":" + unseen.uid() : unseen.messageId();
        InboundMessage stub = new InboundMessage("email", id, id, unseen.from().isEmpty() ? "unknown" : unseen.from(),
                "", "", null, unseen.receivedAt(), java.util.Map.of("email.uid", Long.toString(unseen.uid())));
        try {
            inbox.setAside(stub, reason + " (uid " + unseen.uid() + " in " + config.imap().folder() + ")");
        } catch (RuntimeException e) {
            throw new InboxUnavailable(e);
        }
        stats.count("set_aside");
        LOG.warn("email: set aside uid {} in {}: {}", unseen.uid(), config.imap().folder(), reason);
        mailbox.markSeen(new long[] {unseen.uid()});
        failures.remove(unseen.uid());
    }

    /** A message the server listed but could not describe. */
    private static final class UnreadableMessage extends Exception {
        UnreadableMessage(String reason) {
            super(reason);
        }
    }

    private void handle(FetchedMail fetched) throws Exception {
        stats.count("received");
        ParsedMail mail = fetched.tooLarge() ? parser.parseHeadersOnly(fetched.raw(), fetched.size())
                : parser.parse(fetched.raw());
        Optional<SkipReason> skip = filter.check(mail);
        if (skip.isPresent()) {
            stats.skipped(skip.get());
            LOG.info("email: skipped uid {} {} from {}: {}", fetched.uid(), mail.platformId(), mail.fromAddress(),
                    skip.get().metricName());
            mailbox.markSeen(new long[] {fetched.uid()});
            return;
        }
        InboundMessage message = mapper.toInbound(mail, config.imap().folder(), uidValidity, fetched.uid(),
                fetched.receivedAt());
        try {
            stats.count(accept(message) ? "accepted" : "duplicates");
            LOG.debug("email: handed uid {} {} to the inbox", fetched.uid(), mail.platformId());
        } catch (BadInputException e) {
            stats.count("rejected");
            LOG.info("email: the inbox rejected uid {} {} from {}: {}", fetched.uid(), mail.platformId(),
                    mail.fromAddress(), e.getMessage());
            mailbox.markSeen(new long[] {fetched.uid()});
        }
    }

    private boolean accept(InboundMessage message) {
        try {
            return inbox.accept(message);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InboxUnavailable(e);
        }
    }

    /** The inbox could not store a message (its database is down): the whole round is tried again later. */
    private static final class InboxUnavailable extends RuntimeException {
        InboxUnavailable(RuntimeException cause) {
            super("the inbox could not store the message: " + cause.getMessage(), cause);
        }
    }

    private void waitForMail() throws Exception {
        if (retryBeforeWaiting) {
            pause(config.limits().reconnectInitial()); // a message failed: try it again soon, not at the next mail
        } else if (config.imap().useIdle() && mailbox.supportsIdle()) {
            idling = true;
            try {
                mailbox.idle();
            } finally {
                idling = false;
            }
        } else {
            pause(config.imap().pollInterval());
        }
    }

    /** Called periodically from another thread: ends an IDLE so the loop checks again and the connection is tested. */
    void refresh() {
        if (idling) {
            mailbox.wake();
        }
    }

    /** Period of {@link #refresh()}. */
    Duration refreshPeriod() {
        return waitBetweenChecks(config);
    }

    void stop() {
        running = false;
        refresh();
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    private void pause(Duration wait) {
        synchronized (sleeper) {
            try {
                if (running) {
                    TimeUnit.MILLISECONDS.timedWait(sleeper, Math.max(1, wait.toMillis()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
