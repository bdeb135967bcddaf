package org.osee.app.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.osee.bot.pipeline.DraftPolicy;

/**
 * Draft review: on these channels an answer from the documents whose confidence is below {@code below} is not sent
 * but held for staff to approve, edit or discard in the console, and the person gets a short acknowledgment at once.
 *
 * @param channels channel names whose low-confidence answers are held: {@code email}, {@code discord},
 *                 {@code telegram}, {@code web} (default {@code [email]}; an empty list holds nothing)
 * @param below    the confidence bar, 0..1 (default 0.6; 0 holds nothing)
 */
public record DraftSettings(List<String> channels, Double below) {
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public DraftSettings {
        channels = channels == null ? List.of("email") : List.copyOf(new LinkedHashSet<>(channels));
        below = below == null ? 0.6 : below;
        for (String channel : channels) {
            if (!CHANNEL.matcher(channel).matches()) {
                throw new IllegalArgumentException("drafts.channels: '" + channel
                        + "' is not a channel name (email, discord, telegram, web)");
            }
        }
        if (below.isNaN() || below < 0 || below > 1) {
            throw new IllegalArgumentException("drafts.below must be between 0 and 1, was " + below);
        }
    }

    public static DraftSettings defaults() {
        return new DraftSettings(null, null);
    }

    /** The pipeline's policy. */
    public DraftPolicy policy() {
        return new DraftPolicy(Set.copyOf(channels), below);
    }
}
