package org.osee.connectors.email;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the parser read from one raw message. Plain data, no Jakarta Mail types.
 *
 * @param messageId   the Message-ID with its angle brackets, or empty
 * @param inReplyTo   the In-Reply-To id, or empty
 * @param references  the References ids, oldest first (at most a bounded number)
 * @param subject     the decoded subject, or empty
 * @param fromAddress the sender's address in lower case, or empty when none could be read
 * @param fromName    the sender's display name, or empty
 * @param sentAt      the Date header, or {@code null}
 * @param headers     the headers the filter looks at: lower-case name to first value (unfolded, undecoded)
 * @param body        the readable text of the message, quotes not yet stripped
 * @param attachments what was attached, listed and never opened
 * @param problems    what could not be read, in words; empty when all went well
 * @param bodyHash    a hash of the headers that identify the message and of its body (the fallback platform id)
 */
record ParsedMail(String messageId, String inReplyTo, List<String> references, String subject, String fromAddress,
                  String fromName, Instant sentAt, Map<String, String> headers, String body,
                  List<Attachment> attachments, List<String> problems, String bodyHash) {
    ParsedMail {
        messageId = messageId == null ? "" : messageId;
        inReplyTo = inReplyTo == null ? "" : inReplyTo;
        references = references == null ? List.of() : List.copyOf(references);
        subject = subject == null ? "" : subject;
        fromAddress = fromAddress == null ? "" : fromAddress.toLowerCase(Locale.ROOT);
        fromName = fromName == null ? "" : fromName;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? "" : body;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        problems = problems == null ? List.of() : List.copyOf(problems);
        Objects.requireNonNull(bodyHash, "bodyHash");
    }

    /** The first value of a header (name in any case), or empty. */
    String header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    /** True when the header is present at all. */
    boolean hasHeader(String name) {
        return headers.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The id that makes a second delivery of this message a duplicate: the Message-ID, else the hash. */
    String platformId() {
        return messageId.isEmpty() ? "sha256:" + bodyHash : messageId;
    }

    /**
     * One attachment: listed for staff, never opened, executed or trusted.
     *
     * @param name its file name as given by the sender (decoded, may be empty)
     * @param type its declared MIME type
     * @param size its size in bytes as transferred, or -1 when unknown
     */
    record Attachment(String name, String type, long size) {
        Attachment {
            name = name == null ? "" : name;
            type = type == null ? "application/octet-stream" : type;
        }

        @Override
        public String toString() {
            String shown = name.isEmpty() ? "(unnamed)" : name;
            return size < 0 ? shown + " (" + type + ")" : shown + " (" + type + ", " + humanSize(size) + ")";
        }

        private static String humanSize(long bytes) {
            if (bytes < 1024) {
                return bytes + " B";
            }
            return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
    }
}
