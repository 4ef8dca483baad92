package com.onering.process;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/** Runs a program on the deploying machine: the seam between the project and the CLIs it drives (abctl, docker). */
@FunctionalInterface
public interface CommandRunner {

    /** Exit code and what the program printed, each stream on its own. */
    record Result(int exitCode, String stdout, String stderr) {
        /** A program that printed only on stdout. */
        public Result(int exitCode, String stdout) {
            this(exitCode, stdout, "");
        }

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** Both streams, stderr last: where a failing program says why. */
        public String output() {
            return stdout + stderr;
        }
    }

    Result run(List<String> argv, Map<String, String> environment, Duration timeout) throws IOException, InterruptedException;

    /** The real thing: a child process with the given extra environment, killed when the timeout passes. */
    static CommandRunner processes() {
        return (argv, environment, timeout) -> {
            ProcessBuilder builder = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            FutureTask<String> stdout = drain(process.getInputStream());
            FutureTask<String> stderr = drain(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(argv.get(0) + " did not finish within " + timeout.toSeconds() + " s");
            }
            try {
                return new Result(process.exitValue(), stdout.get(), stderr.get());
            } catch (ExecutionException e) {
                throw new IOException("reading the output of " + argv.get(0) + ": " + e.getCause().getMessage(), e.getCause());
            }
        };
    }

    /** Reads a stream to its end on a thread of its own, so neither stream can fill its pipe and stall the program. */
    private static FutureTask<String> drain(InputStream stream) {
        FutureTask<String> reader = new FutureTask<>(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
        Thread thread = new Thread(reader, "command-output");
        thread.setDaemon(true);
        thread.start();
        return reader;
    }
}
