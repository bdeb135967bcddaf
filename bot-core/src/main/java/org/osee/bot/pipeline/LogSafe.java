package org.osee.bot.pipeline;

/** Makes identifiers from outside safe to put in log lines and error messages. */
final class LogSafe {
    private LogSafe() {
    }

    /** At most 80 characters, control characters and lone surrogates replaced. */
    static String id(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < 80; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
        }
        return value.length() > 80 ? out + "..." : out.toString();
    }
}
