package org.osee.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.Reply;

/** The JSON form of a reply, as the command-line contract and the HTTP API name its fields. */
public final class ReplyJson {
    private ReplyJson() {}

    public static Map<String, Object> of(Reply reply) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", reply.decision().wire());
        m.put("answer", reply.text());
        m.put("confidence", Math.round(reply.confidence() * 1000) / 1000.0);
        m.put("language", reply.language());
        m.put("citations", reply.citations().stream().map(ReplyJson::citation).toList());
        m.put("escalation_reason", reply.escalationReason() == null ? null : reply.escalationReason().name().toLowerCase());
        return m;
    }

    /** The JSON form of a citation: source, title, section, url, and the label channels show for it. */
    public static Map<String, Object> citation(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", c.source());
        m.put("title", c.title());
        m.put("section", c.section());
        m.put("url", c.url());
        m.put("label", c.label());
        return m;
    }
}
