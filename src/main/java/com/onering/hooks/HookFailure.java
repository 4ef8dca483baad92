package com.onering.hooks;

/** A hook cannot finish; the message names the hook, the target and what to fix. */
public final class HookFailure extends RuntimeException {
    public HookFailure(String message) {
        super(message);
    }

    public HookFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
