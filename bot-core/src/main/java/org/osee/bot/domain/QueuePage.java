package org.osee.bot.domain;

import java.util.List;

/**
 * One page of the queue and how many conversations match in all.
 *
 * @param items  the rows of this page
 * @param total  how many conversations match the query
 * @param limit  the page size asked for
 * @param offset the rows skipped
 */
public record QueuePage(List<QueueItem> items, long total, int limit, int offset) {
    public QueuePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
