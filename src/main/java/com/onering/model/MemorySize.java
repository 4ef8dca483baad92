package com.onering.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A memory amount, written the Kubernetes way ("512Mi", "2Gi") or the Docker way ("512m", "2g"); both are binary units. */
public record MemorySize(long bytes) implements Comparable<MemorySize> {
    private static final Pattern SYNTAX = Pattern.compile("^(\\d+)\\s*(Ki|Mi|Gi|Ti|k|m|g|t|K|M|G|T)?$");
    private static final long KIB = 1024;

    public MemorySize {
        if (bytes < 0) {
            throw new IllegalArgumentException("memory size cannot be negative: " + bytes);
        }
    }

    public static MemorySize mebibytes(long mib) {
        return new MemorySize(mib * KIB * KIB);
    }

    public static MemorySize gibibytes(long gib) {
        return mebibytes(gib * KIB);
    }

    /** Parses a size; empty when the text is not a size, so callers can report it with their own config key. */
    public static Optional<MemorySize> parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).substring(0, 1).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "K" -> KIB;
            case "M" -> KIB * KIB;
            case "G" -> KIB * KIB * KIB;
            case "T" -> KIB * KIB * KIB * KIB;
            default -> 1;
        };
        return Optional.of(new MemorySize(amount * factor));
    }

    public long mebibytes() {
        return bytes / (KIB * KIB);
    }

    public MemorySize plus(MemorySize other) {
        return new MemorySize(bytes + other.bytes);
    }

    @Override
    public int compareTo(MemorySize other) {
        return Long.compare(bytes, other.bytes);
    }

    @Override
    public String toString() {
        long mib = mebibytes();
        return mib % KIB == 0 ? (mib / KIB) + "Gi" : mib + "Mi";
    }
}
