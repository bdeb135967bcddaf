package org.osee.connectors.discord;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The slash commands {@code /ask question:} and {@code /human}, and whether the registered ones differ. */
final class SlashCommands {
    static final String ASK = "ask";
    static final String QUESTION = "question";
    static final String HUMAN = "human";

    private SlashCommands() {}

    static List<SlashCommandData> definitions() {
        return List.of(
                Commands.slash(ASK, "Ask the assistant a question about adopting open-source software")
                        .addOption(OptionType.STRING, QUESTION, "Your question", true)
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM),
                Commands.slash(HUMAN, "Ask for a member of staff to reply")
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
    }

    /** Whether the commands registered on Discord differ from {@link #definitions()} (names, texts, options). */
    static boolean changed(List<Command> registered) {
        return !signatures(registered.stream().map(c -> signature(c.getName(), c.getDescription(),
                c.getOptions().stream().map(o -> o.getName() + ":" + o.getType() + ":" + o.isRequired() + ":"
                        + o.getDescription()).toList())).collect(Collectors.toSet()))
                .equals(signatures(definitions().stream().map(d -> signature(d.getName(), d.getDescription(),
                        d.getOptions().stream().map(o -> o.getName() + ":" + o.getType() + ":" + o.isRequired() + ":"
                                + o.getDescription()).toList())).collect(Collectors.toSet())));
    }

    private static Set<String> signatures(Set<String> s) {
        return s;
    }

    private static String signature(String name, String description, List<String> options) {
        return name + "|" + description + "|" + String.join(",", options);
    }
}
