package org.osee.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's pages and assets, from the classpath folder {@code /console}, at {@code /console/NAME}. They are
 * served by a route rather than as public static files so that the console's guard runs before every one of them.
 */
final class ConsolePages {
    private static final Pattern NAME = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.(html|js|css|svg|png)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png");

    private ConsolePages() {
    }

    static void register(Javalin app) {
        app.get("/console", ctx -> serve(ctx, "index.html")); // the router ignores a trailing slash: also /console/
        app.get("/console/{file}", ctx -> serve(ctx, ctx.pathParam("file")));
    }

    private static void serve(Context ctx, String file) throws IOException {
        Matcher m = NAME.matcher(file);
        if (!m.matches()) {
            throw new NotFoundResponse("no console page " + file);
        }
        InputStream in = ConsolePages.class.getResourceAsStream("/console/" + file);
        if (in == null) {
            throw new NotFoundResponse("no console page " + file);
        }
        try (in) {
            ctx.header("Cache-Control", "no-store").contentType(TYPES.get(m.group(2))).result(in.readAllBytes());
        }
    }
}
