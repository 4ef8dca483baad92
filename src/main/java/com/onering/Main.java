package com.onering;

import com.onering.cli.Cli;
import com.onering.program.OneRingProgram;
import com.pulumi.Pulumi;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * One entry point: under the Pulumi engine (which starts it without arguments) the Pulumi program, otherwise the
 * project CLI.
 */
public final class Main {
    /** Set by the Pulumi language host for the program it starts; without it there is no engine to talk to. */
    private static final String ENGINE_VARIABLE = "PULUMI_MONITOR";

    private Main() {
    }

    public static void main(String[] args) throws URISyntaxException {
        if (args.length == 0 && System.getenv(ENGINE_VARIABLE) != null) {
            Pulumi.run(OneRingProgram::runWithEngineConfig);
            return;
        }
        System.exit(new Cli(System.out, System.err, projectRoot()).run(args));
    }

    /** The project directory: the jar (or the classes folder) is built into its {@code target/}. */
    private static Path projectRoot() throws URISyntaxException {
        Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.getParent().getParent();
    }
}
