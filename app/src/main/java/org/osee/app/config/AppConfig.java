package org.osee.app.config;

import java.nio.file.Path;
import org.osee.connectors.discord.DiscordConfig;
import org.osee.connectors.email.EmailSection;
import org.osee.connectors.telegram.TelegramConfig;

/**
 * Everything {@code osee serve} reads from its configuration file, the environment and its flags, as one typed
 * tree; {@link ConfigLoader} builds it and refuses unknown keys and bad values, naming each. Absent sections take
 * their defaults; an absent connector section ({@code email}, {@code discord}) means that connector does not start; an absent
 * {@code database.url} means the embedded database under the data folder.
 *
 * <p>A connector's section is a record living beside its connector, free of framework annotations; adding one is a
 * matter of one more component here (its key in the file is the component's name in kebab-case).
 *
 * @param data      the data folder ({@code --data}, {@code OSEE_DATA}); {@code null}: {@code ./data}
 * @param server    the HTTP server
 * @param database  the conversations database
 * @param llm       the optional generative composer
 * @param pipeline  the message pipeline
 * @param retention how long conversations are kept
 * @param email     the email connector, or {@code null}
 * @param telegram  the Telegram connector, or {@code null} (docs/telegram.md)
 * @param discord   the Discord connector ({@code discord.token} or {@code OSEE_DISCORD_TOKEN}), or {@code null}
 *                  (docs/discord.md)
 * @param knowledge knowledge folders kept current while serving, and the staff entries' sync (docs/operators.md)
 * @param drafts    which answers are held for staff review (docs/operators.md, "Draft review")
 * @param logging   the log format of {@code osee serve}
 */
public record AppConfig(Path data, ServerSettings server, DatabaseSettings database, LlmSettings llm,
                        PipelineSettings pipeline, RetentionSettings retention, EmailSection email,
                        TelegramConfig telegram, DiscordConfig discord,
                        KnowledgeSettings knowledge, DraftSettings drafts, LoggingSettings logging) {
    public AppConfig {
        server = server == null ? ServerSettings.defaults() : server;
        database = database == null ? new DatabaseSettings(null, null, null) : database;
        llm = llm == null ? LlmSettings.none() : llm;
        pipeline = pipeline == null ? PipelineSettings.defaults() : pipeline;
        retention = retention == null ? RetentionSettings.defaults() : retention;
        knowledge = knowledge == null ? KnowledgeSettings.defaults() : knowledge;
        drafts = drafts == null ? DraftSettings.defaults() : drafts;
        logging = logging == null ? LoggingSettings.defaults() : logging;
    }
}
