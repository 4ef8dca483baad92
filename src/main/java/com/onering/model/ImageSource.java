package com.onering.model;

import java.util.Optional;

/** Where a workload's image comes from: a pinned registry image, or a Dockerfile under {@code config/} built on the deploying machine. */
public sealed interface ImageSource {

    /** The reference containers run, e.g. {@code docker.io/library/postgres:18.3-trixie}. */
    String reference();

    record Pulled(String repository, String tag) implements ImageSource {
        public Pulled {
            if (tag == null || tag.isBlank() || tag.equals("latest")) {
                throw new IllegalArgumentException("image " + repository + " must be pinned to an explicit version tag");
            }
        }

        /**
         * Splits {@code repository:tag} (the tag after the last '/', so a registry port is not taken for one); empty
         * when the reference carries no tag, a digest, or {@code latest}.
         */
        public static Optional<Pulled> parse(String reference) {
            int slash = reference.lastIndexOf('/');
            int colon = reference.lastIndexOf(':');
            if (reference.contains("@") || colon <= slash || colon == reference.length() - 1 || colon == 0) {
                return Optional.empty();
            }
            String tag = reference.substring(colon + 1);
            return tag.equals("latest") ? Optional.empty()
                    : Optional.of(new Pulled(reference.substring(0, colon), tag));
        }

        @Override
        public String reference() {
            return repository + ":" + tag;
        }
    }

    /**
     * A derived image. {@code contextDir} is relative to the config root; the tag carries the hash of the
     * build context, so a changed Dockerfile or file in the context produces a new, traceable tag.
     */
    record Built(String repository, String contextDir, String dockerfile, String contentHash) implements ImageSource {
        @Override
        public String reference() {
            return repository + ":" + contentHash;
        }
    }
}
