package org.osee.connectors.email;

import java.util.Locale;

/** Why an incoming email is deliberately not answered. */
public enum SkipReason {
    /** A delivery failure report or a read receipt (empty Return-Path, mailer-daemon, multipart/report). */
    BOUNCE,
    /** RFC 3834 {@code Auto-Submitted} other than {@code no}. */
    AUTO_SUBMITTED,
    /** An out-of-office or other auto-reply marked by a vendor header (X-Autoreply, X-Auto-Response-Suppress...). */
    AUTO_REPLY,
    /** Mailing-list or bulk mail (Precedence bulk/list/junk, List-Id, List-Unsubscribe). */
    BULK_OR_LIST,
    /** Sent from the inbox's own address. */
    OWN_ADDRESS,
    /** No usable sender address, or one that says it takes no replies (noreply@...). */
    NO_REPLY_ADDRESS,
    /** The sender went over the per-hour limit. */
    RATE_LIMITED;

    /** The name used in logs and metrics ("auto_submitted"). */
    public String metricName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
