package com.onering.model;

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
