package org.osee.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osee.knowledge.BadInputException;

/**
 * Reads {@link AppConfig} from one YAML file (keys in kebab-case) and the environment. Every key can be set from
 * the environment as {@code OSEE_} plus its path in upper case with dots and dashes turned into underscores:
 * {@code email.imap.password} is {@code OSEE_EMAIL_IMAP_PASSWORD}. The environment wins over the file.
 */
public final class ConfigLoader {
    static final String ENV_PREFIX = "OSEE_";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private ConfigLoader() {}

    /** Loads the file (or nothing when {@code file} is null) and the environment, then validates. */
    public static AppConfig load(Path file, Map<String, String> env) {
        ObjectNode tree = file == null ? JsonNodeFactory.instance.objectNode() : readFile(file);
        for (List<String> path : leafPaths(AppConfig.class, List.of())) {
            String value = env.get(envName(path));
            if (value != null) {
                set(tree, path, value);
            }
        }
        try {
            AppConfig config = YAML.treeToValue(tree, AppConfig.class);
            return config == null ? AppConfig.defaults() : config;
        } catch (IOException e) {
            throw new BadInputException("invalid configuration" + (file == null ? "" : " in " + file) + ": "
                    + firstLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid configuration" + (file == null ? "" : " in " + file) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The environment variable that sets the key at {@code path}. */
    public static String envName(List<String> path) {
        return ENV_PREFIX + String.join("_", path).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** Every settable key of a configuration record, as kebab-case paths. */
    public static List<List<String>> leafPaths(Class<?> type, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(kebab(c.getName()));
            Class<?> t = c.getType();
            if (t.isRecord()) {
                out.addAll(leafPaths(t, path));
            } else if (!List.class.isAssignableFrom(t) && !Map.class.isAssignableFrom(t) || isStringList(c.getGenericType())) {
                out.add(List.copyOf(path));
            }
        }
        return out;
    }

    private static boolean isStringList(Type t) {
        return t instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static ObjectNode readFile(Path file) {
        try {
            JsonNode node = YAML.readTree(Files.readString(file));
            if (node == null || node.isMissingNode() || node.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                throw new BadInputException("configuration file " + file + " must hold a YAML mapping");
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
        String leaf = path.get(path.size() - 1);
        if (value.contains(",") && node.get(leaf) != null && node.get(leaf).isArray()) {
            var array = node.putArray(leaf);
            for (String v : value.split(",")) {
                array.add(v.strip());
            }
        } else {
            node.put(leaf, value);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
