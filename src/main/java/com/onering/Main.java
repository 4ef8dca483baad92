package com.onering;

import com.onering.cli.Cli;
import com.pulumi.Pulumi;

/** One entry point: without arguments the Pulumi program (as the engine runs it), with arguments the project CLI. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Pulumi.run(OneRingProgram::runWithEngineConfig);
            return;
        }
        System.exit(new Cli(System.out, System.err).run(args));
    }
}
