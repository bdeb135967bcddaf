package org.osee.connectors.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message-IDs of replies and thread keys. A reply's Message-ID is derived from its outbox id and its thread key,
 * {@code <osee-out-ID.KEY@domain>} with KEY the thread key in base64url, so that a retry produces the same id (and
 * is recognised as already sent) and a user's answer that only carries In-Reply-To still finds its thread.
 */
final class MessageIds {
    private static final String PREFIX = "osee-out-";
    private static final int MAX_ENCODED_KEY = 200;
    private static final Pattern OURS = Pattern.compile("<" + PREFIX + "(\\d+)\\.(k[A-Za-z0-9_-]+|h[0-9a-f]+)@([^>]+)>");

    private MessageIds() {
    }

    /** The Message-ID of the reply with outbox id {@code outboxId} in thread {@code threadKey}. */
    static String forReply(long outboxId, String threadKey, String domain) {
        byte[] key = threadKey.getBytes(StandardCharsets.UTF_8);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        String part = encoded.length() <= MAX_ENCODED_KEY ? "k" + encoded : "h" + shortHash(key);
        return "<" + PREFIX + outboxId + "." + part + "@" + domain + ">";
    }

    /** True when {@code messageId} is one of ours (a reply sent by the inbox at {@code domain}). */
    static boolean isOurs(String messageId, String domain) {
        Matcher m = OURS.matcher(messageId == null ? "" : messageId);
        return m.matches() && m.group(3).equalsIgnoreCase(domain);
    }

    /** The thread key one of our Message-IDs carries, when it carries one. */
    static Optional<String> threadKeyOf(String messageId, String domain) {
        Matcher m = OURS.matcher(messageId == null ? "" : messageId);
        if (!m.matches() || !m.group(3).equalsIgnoreCase(domain) || !m.group(2).startsWith("k")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(m.group(2).substring(1)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The conversation an email belongs to: the root of its thread (first of References, else In-Reply-To, else its
     * own id), where one of our replies stands for the thread key it carries.
     */
    static String threadKey(List<String> references, String inReplyTo, String ownId, String domain) {
        String root = !references.isEmpty() ? references.get(0) : !inReplyTo.isEmpty() ? inReplyTo : ownId;
        return threadKeyOf(root, domain).orElse(root);
    }

    private static String shortHash(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 12).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
