package org.osee.bot.pipeline;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.port.Assistant;
import org.osee.bot.port.Channel;
import org.osee.bot.port.EscalationNotifier;
import org.osee.bot.port.Inbox;
import org.osee.bot.port.PipelineEvents;
import org.osee.bot.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable message pipeline of one instance: the inbox the channels hand messages to, workers that answer them
 * through the assistant, and one sender per channel that delivers the replies. Several instances may share one
 * PostgreSQL database; each message is still answered and delivered once.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final String instanceId;
    private final Stores stores;
    private final Assistant assistant;
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final PipelineConfig config;
    private final Clock clock;
    /** How many messages claimed at store may wait per worker; more wait in the queue for any instance. */
    private static final int HANDOFF_PER_WORKER = 8;
    private final Wakeup workWakeup = new Wakeup();
    private final DurableInbox inbox;
    private final Handoff handoff;
    private final Map<String, Sender> senders = new LinkedHashMap<>();
    private final List<Worker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private boolean started;
    private EscalationNotifier escalations = EscalationNotifier.NONE;
    private DraftPolicy drafts = DraftPolicy.none();
    private PipelineEvents events = PipelineEvents.NONE;

    public Pipeline(Stores stores, Assistant assistant, List<Channel> channels, PipelineConfig config, Clock clock) {
        this.instanceId = newInstanceId();
        this.stores = stores;
        this.assistant = assistant;
        for (Channel channel : channels) {
            if (this.channels.putIfAbsent(channel.name(), channel) != null) {
                throw new IllegalArgumentException("two channels are named " + channel.name());
            }
        }
        this.config = config;
        this.clock = clock;
        this.inbox = new DurableInbox(stores.inbox(), this.channels.keySet(), config.maxMessageBytes(),
                workWakeup::signal);
        this.handoff = new Handoff(instanceId + "/inbox", HANDOFF_PER_WORKER * config.workers(), stores.workQueue(),
                clock, config.lease());
        inbox.handOffTo(handoff);
    }

    public Pipeline(Stores stores, Assistant assistant, List<Channel> channels, PipelineConfig config) {
        this(stores, assistant, channels, config, Clock.systemUTC());
    }

    private static String newInstanceId() {
        String name = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        return name.substring(0, Math.min(name.length(), 60)) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Where messages enter; channels get it in {@code start}, the web API and {@code osee ask} call it directly. */
    public Inbox inbox() {
        return inbox;
    }

    /** This instance's id, the prefix of its workers' and senders' claims. */
    public String instanceId() {
        return instanceId;
    }

    /** Who tells staff about new escalations (a Discord staff channel); call before {@link #start()}. */
    public synchronized void notifyEscalations(EscalationNotifier notifier) {
        this.escalations = notifier;
    }

    /** Which answers are held as drafts for staff review instead of being sent; call before {@link #start()}. */
    public synchronized void holdDrafts(DraftPolicy policy) {
        this.drafts = Objects.requireNonNull(policy, "policy");
    }

    /** Who observes each message's outcome (metrics, the log of handled messages); call before {@link #start()}. */
    public synchronized void observe(PipelineEvents observer) {
        this.events = new SafeEvents(observer);
    }

    /** Starts the workers and senders, then the channels. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the pipeline is already started");
        }
        started = true;
        for (Channel channel : channels.values()) {
            Sender sender = new Sender(instanceId + "/send-" + channel.name(), channel, stores.outbox(), config,
                    clock);
            sender.observe(events);
            senders.put(channel.name(), sender);
            launch("osee-sender-" + channel.name(), sender);
        }
        for (int i = 1; i <= config.workers(); i++) {
            Worker worker = new Worker(instanceId + "/work-" + i, stores.workQueue(), assistant, stores.feedback(),
                    this::typing, config, clock, workWakeup, this::replyRecorded);
            worker.takeFrom(handoff);
            worker.notifyEscalations(escalations);
            worker.holdDrafts(drafts);
            worker.observe(events);
            workers.add(worker);
            launch("osee-worker-" + i, worker);
        }
        handoff.open();
        channels.values().forEach(channel -> channel.start(inbox));
        LOG.info("Pipeline {} started: {} workers, channels {}", instanceId, config.workers(), channels.keySet());
    }

    private void launch(String name, Runnable loop) {
        Thread thread = new Thread(loop, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Wakes the sender of a channel, e.g. after a staff reply was queued; unknown channels are ignored. */
    public void wakeSender(String channel) {
        Sender sender = senders.get(channel);
        if (sender != null) {
            sender.wake();
        }
    }

    /**
     * After a worker recorded a reply: a channel delivered when recorded (the web chat) is told at once, any other
     * channel's sender is woken to deliver it.
     */
    private void replyRecorded(ClaimedMessage answered) {
        String name = answered.conversation().channel();
        Channel channel = channels.get(name);
        if (channel == null || !channel.deliveredWhenRecorded()) {
            wakeSender(name);
            return;
        }
        try {
            channel.replyRecorded(answered.message());
        } catch (RuntimeException e) {
            LOG.warn("Channel {} failed to take a recorded reply: {}", channel.name(), e.getMessage());
        }
    }

    /** Tells a channel an answer is being composed in a thread; best effort. */
    private void typing(String channel, String threadKey) {
        Channel target = channels.get(channel);
        if (target == null) {
            return;
        }
        try {
            target.typing(threadKey);
        } catch (RuntimeException e) {
            LOG.debug("Channel {} failed to show typing: {}", channel, e.getMessage());
        }
    }

    /**
     * Stops the channels, then lets workers and senders finish the item in hand (up to the stop timeout). A worker
     * still composing a reply then hands its message back, so another instance answers it at once; a delivery
     * still in flight is taken over after its lease.
     */
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        channels.values().forEach(Pipeline::stopQuietly);
        handoff.close(); // messages not yet taken go back to the queue, for another instance to answer at once
        workers.forEach(Worker::stop);
        senders.values().forEach(Sender::stop);
        workWakeup.signalAll();
        long deadline = System.nanoTime() + config.stopTimeout().toNanos();
        for (Thread thread : threads) {
            joinUntil(thread, deadline);
        }
        workers.forEach(Worker::releaseClaim); // before the interrupt, which could count a failed attempt
        for (Thread thread : threads) {
            if (thread.isAlive()) {
                LOG.warn("{} did not finish in time; interrupting it", thread.getName());
                thread.interrupt();
            }
        }
        threads.clear();
        workers.clear();
        senders.clear();
        LOG.info("Pipeline {} stopped", instanceId);
    }

    private static void stopQuietly(Channel channel) {
        try {
            channel.stop();
        } catch (RuntimeException e) {
            LOG.warn("Channel {} did not stop cleanly: {}", channel.name(), e.getMessage());
        }
    }

    private static void joinUntil(Thread thread, long deadline) {
        try {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
