package com.onering.hooks;

/**
 * A hook's settings are missing or malformed: a mistake in what it was given, not a server problem, so it is reported
 * before any connection and exits with the usage status, like a bad stack config.
 */
public final class HookSettingsFailure extends RuntimeException {
    public HookSettingsFailure(String message) {
        super(message);
    }
}
