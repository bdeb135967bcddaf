package org.osee.bot.store;

import org.osee.bot.port.Leadership;

/** {@link Leadership} for the embedded database: only one instance can open it, so that instance leads. */
public final class EmbeddedLeadership implements Leadership {
    @Override
    public boolean isLeader() {
        return true;
    }

    @Override
    public void close() {
        // nothing held
    }
}
