package com.onering.smoke;

import com.onering.deploy.docker.DockerTarget;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.process.CommandRunner.Result;
import java.util.List;

/** Day 1: a workload's container is up: a service running and healthy, a job done with exit 0. */
record ContainerUp(String stack, WorkloadSpec workload) implements SmokeCheck {
    /** Status, health (or {@code -} without a health check) and exit code, on one line. */
    static final String STATE_FORMAT = "{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}-{{end}} {{.State.ExitCode}}";

    @Override
    public int day() {
        return 1;
    }

    @Override
    public String subject() {
        return workload.name();
    }

    @Override
    public Outcome run(DockerCli docker) {
        String container = DockerTarget.containerName(stack, workload.name());
        Result inspected = docker.run(List.of("inspect", "--format", STATE_FORMAT, container));
        if (!inspected.succeeded()) {
            return Outcome.fail("no container " + container + ": " + DockerCli.lastLine(inspected));
        }
        return judge(workload, inspected.stdout().strip());
    }

    /** The verdict on a container's {@link #STATE_FORMAT} line. */
    static Outcome judge(WorkloadSpec workload, String state) {
        String[] fields = state.split(" ");
        if (fields.length != 3) {
            throw new IllegalArgumentException("unexpected docker inspect output: " + state);
        }
        String status = fields[0];
        String health = fields[1];
        if (workload.kind() == WorkloadKind.JOB) {
            return status.equals("exited") && fields[2].equals("0") ? Outcome.pass("job done (exit 0)")
                    : Outcome.fail("job " + status + (status.equals("exited") ? " with exit " + fields[2] : ""));
        }
        if (!status.equals("running")) {
            return Outcome.fail(status + (status.equals("exited") ? " (exit " + fields[2] + ")" : ""));
        }
        // Every service declares a health check (WorkloadSpec refuses one without), so its container must report it.
        return health.equals("healthy") ? Outcome.pass("running, healthy")
                : Outcome.fail("running but " + (health.equals("-") ? "without its health check" : health));
    }
}
