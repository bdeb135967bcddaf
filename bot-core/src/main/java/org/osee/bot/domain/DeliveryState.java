package org.osee.bot.domain;

/** Where an outgoing message stands. */
public enum DeliveryState {
    /** Waiting to be sent, or waiting for its next attempt. */
    PENDING,
    /** Sent; the platform's id is known. */
    DELIVERED,
    /** Given up after the last attempt or a permanent error; waits for staff. */
    DEAD
}
