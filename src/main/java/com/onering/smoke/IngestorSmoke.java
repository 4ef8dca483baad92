package com.onering.smoke;

import com.onering.deploy.docker.DockerTarget;
import com.onering.process.CommandRunner.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Days 2 to 5: one of the ingestors' own smoke checks ({@code config/ingestors/onering_ingest/smoke.py}), run in the
 * ingestor's container with its settings, key and clients. The check prints one line and exits 0 when it passed.
 */
record IngestorSmoke(int day, String stack, String workload, String check) implements SmokeCheck {

    @Override
    public String subject() {
        return workload + " " + check;
    }

    /** What {@code docker exec} runs: the image's entrypoint module with the smoke command. */
    List<String> command() {
        return List.of("python", "-m", "onering_ingest", "smoke", check);
    }

    @Override
    public Outcome run(DockerCli docker) {
        List<String> exec = new ArrayList<>(List.of("exec", DockerTarget.containerName(stack, workload)));
        exec.addAll(command());
        Result result = docker.run(exec);
        return new Outcome(result.succeeded(), DockerCli.lastLine(result));
    }
}
