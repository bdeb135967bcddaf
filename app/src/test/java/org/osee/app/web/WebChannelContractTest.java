package org.osee.app.web;

import java.util.List;
import org.osee.bot.channel.ChannelContractTest;
import org.osee.bot.port.Channel;

/** The channel contract for the web chat: what the page fetches is what was delivered. */
class WebChannelContractTest extends ChannelContractTest {
    private WebChannel web;

    @Override
    protected Channel createChannel() {
        web = new WebChannel();
        return web;
    }

    @Override
    protected List<String> platformReceived(String threadKey) {
        return web.repliesAfter(threadKey, 0).stream().map(r -> r.message().text()).toList();
    }
}
