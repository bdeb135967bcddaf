package org.osee.app.config;

import java.util.List;
import org.osee.knowledge.BadInputException;

/** The configuration cannot be used; {@link #problems()} holds one line per problem, each naming its key. */
public final class ConfigException extends BadInputException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
