package com.onering.smoke;

import com.onering.process.CommandRunner;
import com.onering.process.CommandRunner.Result;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code docker} command line against the stack's engine: {@code onering:dockerHost} when the stack names one
 * (a VPS over SSH), else whatever {@code DOCKER_HOST} or the default socket gives.
 */
public final class DockerCli {
    private final CommandRunner runner;
    private final Optional<String> dockerHost;
    private final Duration timeout;

    public DockerCli(CommandRunner runner, Optional<String> dockerHost, Duration timeout) {
        this.runner = runner;
        this.dockerHost = dockerHost;
        this.timeout = timeout;
    }

    /** What {@code docker <arguments>} printed; a call that could not run or finish is a failed result saying so. */
    public Result run(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(arguments);
        try {
            return runner.run(command, dockerHost.map(host -> Map.of("DOCKER_HOST", host)).orElse(Map.of()), timeout);
        } catch (IOException e) {
            return new Result(-1, "", "docker " + String.join(" ", arguments) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    /** The last non-blank line of stdout, else of stderr: what a command said last about its outcome. */
    public static String lastLine(Result result) {
        for (String text : List.of(result.stdout(), result.stderr())) {
            List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
            if (!lines.isEmpty()) {
                return lines.get(lines.size() - 1).strip();
            }
        }
        return "(no output)";
    }
}
