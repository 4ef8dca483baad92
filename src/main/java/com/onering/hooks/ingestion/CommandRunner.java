package com.onering.hooks.ingestion;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a program on the deploying machine: the seam between a hook and the CLIs it drives (abctl, docker). */
@FunctionalInterface
public interface CommandRunner {

    /** Exit code and combined stdout/stderr. */
    record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    Result run(List<String> argv, Map<String, String> environment, Duration timeout) throws IOException, InterruptedException;

    /** The real thing: a child process with the given extra environment, killed when the timeout passes. */
    static CommandRunner processes() {
        return (argv, environment, timeout) -> {
            ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(argv.get(0) + " did not finish within " + timeout.toMinutes() + " minutes");
            }
            return new Result(process.exitValue(), new String(output.join(), StandardCharsets.UTF_8));
        };
    }
}
