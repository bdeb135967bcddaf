package org.osee.app.config;

import java.nio.file.Path;

/**
 * Everything {@code osee serve} reads from its configuration file and the environment. Absent sections take
 * their defaults; an absent {@code email} section means no email connector, an absent {@code database.url} means
 * the embedded database under the data folder.
 */
public record AppConfig(Path data, ServerSettings server, DatabaseSettings database, EmailSettings email,
                        LlmSettings llm, PipelineSettings pipeline, RetentionSettings retention) {
    public AppConfig {
        server = server == null ? ServerSettings.defaults() : server;
        database = database == null ? new DatabaseSettings(null, null, null) : database;
        llm = llm == null ? LlmSettings.none() : llm;
        pipeline = pipeline == null ? PipelineSettings.defaults() : pipeline;
        retention = retention == null ? RetentionSettings.defaults() : retention;
    }

    public static AppConfig defaults() {
        return new AppConfig(null, null, null, null, null, null, null);
    }

    /** A copy with the data folder and port overridden by command-line flags (null keeps the configured value). */
    public AppConfig withFlags(Path dataFlag, Integer portFlag) {
        return new AppConfig(dataFlag != null ? dataFlag : data,
                portFlag != null ? new ServerSettings(server.host(), portFlag, server.consolePassword()) : server,
                database, email, llm, pipeline, retention);
    }
}
