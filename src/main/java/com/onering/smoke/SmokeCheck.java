package com.onering.smoke;

/**
 * One smoke check over a deployed stack: it proves one thing with a real client, through the stack's Docker engine,
 * and says why it passed or failed. {@code day} is the seed 002 day whose definition of done it checks.
 */
public interface SmokeCheck {
    int day();

    /** What is checked, e.g. {@code postgres} or {@code database poc}. */
    String subject();

    Outcome run(DockerCli docker);

    /** A check's verdict and the one line that explains it. */
    record Outcome(boolean passed, String reason) {
        public static Outcome pass(String reason) {
            return new Outcome(true, reason);
        }

        public static Outcome fail(String reason) {
            return new Outcome(false, reason);
        }
    }
}
