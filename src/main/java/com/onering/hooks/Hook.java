package com.onering.hooks;

/**
 * A post-deploy step implemented in Java and run as {@code onering hook <name>}. Implementations must be idempotent:
 * a second run reports every object unchanged. Endpoints and credentials arrive as environment variables.
 */
public interface Hook {
    String name();

    void run(HookContext context) throws Exception;
}
