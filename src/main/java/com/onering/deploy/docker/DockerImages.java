package com.onering.deploy.docker;

import com.onering.model.ImageSource;
import com.onering.platform.ConfigFiles;
import com.pulumi.docker.RemoteImageArgs;
import com.pulumi.docker.inputs.RemoteImageBuildArgs;

/** An image on a Docker engine: pulled as pinned, or built from its Dockerfile under {@code config/}. */
public final class DockerImages {
    /** pulumi-docker's {@code build.version}: "1" is the classic builder, "2" BuildKit. */
    public static final String CLASSIC_BUILDER = "1";

    private DockerImages() {
    }

    /** The arguments of a {@code RemoteImage} that holds {@code source} under {@code name}. */
    public static RemoteImageArgs remoteImage(ImageSource source, String name, ConfigFiles files) {
        RemoteImageArgs.Builder args = RemoteImageArgs.builder()
                .name(name)
                // Keep pulled layers on destroy, so destroy-then-up does not download again.
                .keepLocally(true);
        if (source instanceof ImageSource.Built built) {
            RemoteImageBuildArgs.Builder build = RemoteImageBuildArgs.builder()
                    .context(files.buildContext(built.contextDir()))
                    .dockerfile(built.dockerfile())
                    // The classic builder, said explicitly: every engine has it, and the Dockerfiles under config/
                    // are written for it (a test refuses BuildKit-only syntax there).
                    .version(CLASSIC_BUILDER);
            if (!built.buildArgs().isEmpty()) {
                // buildArgs, not buildArg: the provider (terraform-provider-docker v3.0.2) passes only build_args on.
                build.buildArgs(built.buildArgs());
            }
            args.build(build.build());
        }
        return args.build();
    }
}
