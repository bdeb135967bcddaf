package org.osee.bot.channel;

import java.util.List;

import org.osee.bot.port.Channel;

/** The channel contract for the loopback channel (the console and the tests' stand-in platform). */
class LoopbackChannelContractTest extends ChannelContractTest {
    private LoopbackChannel loopback;

    @Override
    protected Channel createChannel() {
        loopback = new LoopbackChannel("console");
        return loopback;
    }

    @Override
    protected List<String> platformReceived(String threadKey) {
        return loopback.deliveries().stream().filter(d -> d.message().threadKey().equals(threadKey))
                .map(d -> d.message().text()).toList();
    }
}
