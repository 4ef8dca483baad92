package com.onering.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Where a workload's image comes from: a pinned registry image, or a Dockerfile under {@code config/} built on the deploying machine. */
public sealed interface ImageSource {

    /** The reference containers run, e.g. {@code docker.io/library/postgres:18.3-trixie}. */
    String reference();

    /** The reference without its tag or digest: what stays when the image is upgraded. */
    String repository();

    /**
     * A registry image pinned to a version tag and, optionally, to the digest of that version
     * ({@code name:1.2.3@sha256:...}), which also guards against a re-pushed tag.
     */
    record Pulled(String repository, String tag, Optional<String> digest) implements ImageSource {
        /** Tags that name a channel rather than a version: the image behind them changes while the config stays. */
        private static final Set<String> FLOATING_TAGS = Set.of(
                "latest", "stable", "lts", "edge", "nightly", "current", "mainline", "rolling", "main", "master");
        private static final Pattern DIGEST = Pattern.compile("^sha256:[0-9a-f]{64}$");

        public Pulled {
            if (tag == null || tag.isBlank() || isFloating(tag)) {
                throw new IllegalArgumentException("image " + repository + " must be pinned to an explicit version tag");
            }
            if (digest.isPresent() && !DIGEST.matcher(digest.get()).matches()) {
                throw new IllegalArgumentException("image " + repository + ": '" + digest.get() + "' is not a sha256 digest");
            }
        }

        public Pulled(String repository, String tag) {
            this(repository, tag, Optional.empty());
        }

        public static boolean isFloating(String tag) {
            return FLOATING_TAGS.contains(tag.toLowerCase(Locale.ROOT));
        }

        /** The tag of {@code repository:tag[@digest]} (the tag after the last '/', so a registry port is not taken for one). */
        public static Optional<String> tagOf(String reference) {
            String named = reference.contains("@") ? reference.substring(0, reference.indexOf('@')) : reference;
            int slash = named.lastIndexOf('/');
            int colon = named.lastIndexOf(':');
            return colon <= slash || colon == named.length() - 1 || colon == 0 ? Optional.empty() : Optional.of(named.substring(colon + 1));
        }

        /**
         * Splits {@code repository:tag[@sha256:...]}; empty when the reference carries no tag, a floating tag, or a
         * malformed digest.
         */
        public static Optional<Pulled> parse(String reference) {
            int at = reference.indexOf('@');
            String named = at < 0 ? reference : reference.substring(0, at);
            Optional<String> digest = at < 0 ? Optional.empty() : Optional.of(reference.substring(at + 1));
            Optional<String> tag = tagOf(named);
            if (tag.isEmpty() || isFloating(tag.get()) || digest.filter(d -> !DIGEST.matcher(d).matches()).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new Pulled(named.substring(0, named.length() - tag.get().length() - 1), tag.get(), digest));
        }

        @Override
        public String reference() {
            return repository + ":" + tag + digest.map(d -> "@" + d).orElse("");
        }
    }

    /**
     * A derived image. {@code contextDir} is relative to the config root; the tag carries the hash of the
     * build context, so a changed Dockerfile or file in the context produces a new, traceable tag. {@code buildArgs}
     * are the Dockerfile's {@code ARG}s (part of the hash's inputs by the caller: they name what is copied).
     */
    record Built(String repository, String contextDir, String dockerfile, String contentHash, Map<String, String> buildArgs)
            implements ImageSource {
        public Built {
            buildArgs = Map.copyOf(buildArgs);
        }

        public Built(String repository, String contextDir, String dockerfile, String contentHash) {
            this(repository, contextDir, dockerfile, contentHash, Map.of());
        }

        @Override
        public String reference() {
            return repository + ":" + contentHash;
        }
    }
}
