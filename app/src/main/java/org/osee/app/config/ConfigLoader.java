package org.osee.app.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osee.knowledge.BadInputException;

/**
 * Builds {@link AppConfig} from one YAML file (keys in kebab-case), the environment and command-line flags, in that
 * order of precedence (flags win). One rule maps the environment: every key can be set as {@code OSEE_} plus its
 * path in upper case with dots and dashes turned into underscores ({@code email.imap.password} is
 * {@code OSEE_EMAIL_IMAP_PASSWORD}; a list takes comma-separated values). Everything is checked before anything
 * starts: unknown keys, values of the wrong type, and the sections' own rules; all problems are reported together
 * in a {@link ConfigException}, one line each, naming the key.
 */
public final class ConfigLoader {
    static final String ENV_PREFIX = "OSEE_";
    private static final Pattern SECRET_KEY = Pattern.compile(".*(password|token|api-key|secret)");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .registerModule(new SimpleModule("osee-config").addDeserializer(Duration.class, new DurationReader()));
    private static final ObjectMapper PRINTER = new YAMLMapper()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .registerModule(new SimpleModule("osee-config-text")
                    .addSerializer(Duration.class, new DurationWriter())
                    .addSerializer(Enum.class, new EnumWriter())
                    .addSerializer(Path.class, ToStringSerializer.instance));

    private ConfigLoader() {}

    /** Loads the file (or nothing when {@code file} is null) and the environment. */
    public static AppConfig load(Path file, Map<String, String> env) {
        return load(file, env, Map.of());
    }

    /**
     * Loads the file (or nothing when {@code file} is null), the environment, then {@code flags} (dotted keys such
     * as {@code server.port} to values, from the command line).
     *
     * @throws ConfigException naming every problem
     * @throws BadInputException when the file cannot be read
     */
    public static AppConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
        ObjectNode tree = file == null ? JsonNodeFactory.instance.objectNode() : readFile(file);
        return bind(tree, env, flags);
    }

    /** Binds a tree given as nested maps (as a test would write the YAML), then the environment. */
    public static AppConfig fromMap(Map<String, ?> tree, Map<String, String> env) {
        return bind(MAPPER.valueToTree(tree), env, Map.of());
    }

    private static AppConfig bind(ObjectNode tree, Map<String, String> env, Map<String, String> flags) {
        for (List<String> path : leafPaths(AppConfig.class, List.of())) {
            String value = env.get(envName(path));
            if (value != null) {
                set(tree, path, value);
            }
        }
        flags.forEach((key, value) -> set(tree, List.of(key.split("\\.")), value));
        List<String> problems = ConfigSchema.check(tree, AppConfig.class);
        if (problems.isEmpty()) {
            problems = bindSections(tree);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        try {
            return MAPPER.treeToValue(tree, AppConfig.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ConfigException(List.of(problem(e, "")));
        }
    }

    /** Binds each section on its own, so that a problem in one does not hide those of the others. */
    private static List<String> bindSections(ObjectNode tree) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, RecordComponent> key : ConfigSchema.keys(AppConfig.class).entrySet()) {
            JsonNode section = tree.get(key.getKey());
            if (section == null || !section.isObject()) {
                continue;
            }
            try {
                MAPPER.treeToValue(section, key.getValue().getType());
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(problem(e, key.getKey()));
            }
        }
        return problems;
    }

    /** One line naming the key: the section's own message when it names one, else the key and the message. */
    private static String problem(Exception e, String section) {
        String key = section;
        Throwable cause = e;
        if (e instanceof JsonMappingException m) {
            String path = m.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(f -> f != null).collect(Collectors.joining("."));
            key = section.isEmpty() ? path : path.isEmpty() ? section : section + "." + path;
            if (m instanceof ValueInstantiationException && m.getCause() != null) {
                cause = m.getCause();
            }
        }
        String message = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
        message = firstLine(message);
        boolean namesKey = !section.isEmpty() && message.startsWith(section + ".") || message.startsWith(key);
        return namesKey || key.isEmpty() ? message : key + ": " + message;
    }

    /** The effective configuration as YAML, every secret replaced by {@code ****}. */
    public static String describe(AppConfig config) {
        JsonNode tree = PRINTER.valueToTree(config);
        mask(tree);
        try {
            return PRINTER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print the configuration", e);
        }
    }

    private static void mask(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value.isTextual() && SECRET_KEY.matcher(name).matches()) {
                object.put(name, value.asText().isEmpty() ? "" : "****");
            } else if (value.isTextual() && name.equals("url")) {
                object.put(name, URL_PASSWORD.matcher(value.asText()).replaceAll("$1****"));
            } else {
                mask(value);
            }
        }
    }

    /** The environment variable that sets the key at {@code path}. */
    public static String envName(List<String> path) {
        return ENV_PREFIX + String.join("_", path).replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** Every settable key of a configuration record, as kebab-case paths. */
    public static List<List<String>> leafPaths(Class<?> type, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, RecordComponent> key : ConfigSchema.keys(type).entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(key.getKey());
            Class<?> t = key.getValue().getType();
            if (t.isRecord()) {
                out.addAll(leafPaths(t, path));
            } else {
                out.add(List.copyOf(path));
            }
        }
        return out;
    }

    private static ObjectNode readFile(Path file) {
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file));
            if (node == null || node.isMissingNode() || node.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                throw new BadInputException("configuration file " + file + " must hold a YAML mapping of keys");
            }
            return (ObjectNode) node;
        } catch (NoSuchFileException e) {
            throw new BadInputException("configuration file not found: " + file);
        } catch (IOException e) {
            throw new BadInputException("cannot read configuration file " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static void set(ObjectNode tree, List<String> path, String value) {
        ObjectNode node = tree;
        for (String key : path.subList(0, path.size() - 1)) {
            JsonNode child = node.get(key);
            node = child instanceof ObjectNode o ? o : node.putObject(key);
        }
        node.put(path.get(path.size() - 1), value);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "invalid value";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private static final class DurationReader extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            return ConfigValues.duration(p.getValueAsString());
        }
    }

    private static final class DurationWriter extends JsonSerializer<Duration> {
        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(ConfigValues.text(value));
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class EnumWriter extends JsonSerializer<Enum> {
        @Override
        public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(ConfigValues.text(value));
        }
    }
}
