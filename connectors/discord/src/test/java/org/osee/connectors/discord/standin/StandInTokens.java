package org.osee.connectors.discord.standin;

/** The bot token the stand-in accepts. */
public final class StandInTokens {
    public static final String TOKEN = "stand-in-token";

    private StandInTokens() {}
}
