package org.osee.connectors.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** A session controller whose gateway is the configured one, so JDA never asks Discord's REST API for it. */
final class FixedGateway extends ConcurrentSessionController {
    private final String url;

    FixedGateway(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(url, 1);
    }
}
