package org.osee.app.web;

import java.util.Map;

/** Reports whether the instance can serve: database reachable, index open. */
@FunctionalInterface
public interface HealthCheck {
    /** A JSON-able status with at least {@code status}: "ok" or "degraded". */
    Map<String, Object> status();
}
