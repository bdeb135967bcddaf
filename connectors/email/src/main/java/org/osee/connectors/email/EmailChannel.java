package org.osee.connectors.email;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.ChannelException;
import org.osee.bot.port.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared inbox as a {@link Channel} named {@code email}: reads questions over IMAP (IDLE when offered, polling
 * otherwise), skips machines and floods, hands the rest to the inbox, and answers in thread over SMTP. A question is
 * flagged \Seen only once its reply was sent (or it was deliberately skipped), so nothing is lost across restarts.
 *
 * <pre>{@code
 * EmailChannel email = new EmailChannel(config, leadership::isLeader);
 * email.start(inbox);              // receiving thread
 * String id = email.deliver(out);  // called by the outbox sender
 * email.stop();
 * }</pre>
 */
public final class EmailChannel implements Channel {
    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);
    private static final long STOP_WAIT_MS = 10_000;
    private static final long STOP_POLL_MS = 100;

    private final EmailConfig config;
    private final BooleanSupplier leader;
    private final EmailStats stats = new EmailStats();
    private final ConcurrentLinkedQueue<MailReceiver.SeenRequest> toFlag = new ConcurrentLinkedQueue<>();
    private final MailFilter filter;
    private final ReplyDelivery delivery;
    private MailReceiver receiver;
    private Thread thread;
    private ScheduledExecutorService refresher;

    /** A channel that always receives (a single instance). */
    public EmailChannel(EmailConfig config) {
        this(config, () -> true, Clock.systemUTC());
    }

    /**
     * A channel that receives only while {@code leader} says this instance leads (several instances share one
     * inbox; any of them may deliver).
     */
    public EmailChannel(EmailConfig config, BooleanSupplier leader) {
        this(config, leader, Clock.systemUTC());
    }

    /** As above, with the clock the per-sender rate is measured on. */
    public EmailChannel(EmailConfig config, BooleanSupplier leader, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.leader = Objects.requireNonNull(leader, "leader");
        this.filter = new MailFilter(config.address(),
                new SenderRateLimiter(config.limits().maxPerSenderPerHour(), Objects.requireNonNull(clock, "clock")));
        this.delivery = new ReplyDelivery(config, stats, toFlag);
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public synchronized void start(Inbox inbox) {
        Objects.requireNonNull(inbox, "inbox");
        if (thread != null) {
            throw new IllegalStateException("the email channel is already started");
        }
        receiver = new MailReceiver(config, inbox, leader, filter, stats, toFlag);
        thread = new Thread(receiver, "email-receiver");
        thread.setDaemon(true);
        thread.start();
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "email-idle-refresh");
            t.setDaemon(true);
            return t;
        });
        long period = receiver.refreshPeriod().toMillis();
        refresher.scheduleWithFixedDelay(receiver::refresh, period, period, TimeUnit.MILLISECONDS);
        LOG.info("email: receiving {} from {}:{} ({}) as {}", config.imap().folder(), config.imap().host(),
                config.imap().port(), config.imap().security(), config.address());
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            receiver.stop();
            refresher.shutdownNow();
            try {
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MS);
                while (thread.isAlive() && System.nanoTime() < deadline) {
                    receiver.refresh(); // again: an IDLE entered just after stop() was called is ended too
                    thread.join(STOP_POLL_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
            LOG.info("email: stopped receiving");
        }
        delivery.close();
    }

    /**
     * Sends the reply in the question's thread and flags the question \Seen. An outbox id that was already sent is not
     * sent again: its derived Message-ID is found in the Sent folder.
     *
     * @return the reply's Message-ID
     */
    @Override
    public String deliver(OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        if (!name().equals(message.channel())) {
            throw new ChannelException("the email channel cannot deliver a message for channel '"
                    + message.channel() + "'", false);
        }
        return delivery.deliver(message);
    }

    /** Counters for metrics: received, accepted, duplicates, rejected, skipped and skipped.REASON, sent... */
    public Map<String, Long> stats() {
        return stats.snapshot();
    }

    /** The configuration in use (secrets masked in its string form). */
    public EmailConfig config() {
        return config;
    }
}
