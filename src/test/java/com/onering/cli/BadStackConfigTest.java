package com.onering.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code src/test/resources/bad-stacks} through the real CLI entry: exit status 2 and one message that
 * names each key to fix and what to write instead, with no stack trace and nothing repeated.
 */
class BadStackConfigTest {
    private static final Path CASES = Path.of("src/test/resources/bad-stacks");

    /** A bad stack file and what its header comments promise: the keys to fix and the fixes the message names. */
    record Case(Path file, List<String> keys, List<String> fixes) {
        static Case read(Path file) {
            try {
                List<String> header = Files.readAllLines(file).stream().takeWhile(l -> l.startsWith("#")).toList();
                return new Case(file, values(header, "# key: "), values(header, "# fix: "));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }

        private static List<String> values(List<String> header, String prefix) {
            return header.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip()).toList();
        }

        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    record Outcome(int exitCode, String out, String err) {
    }

    static Stream<Case> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(Case::read).toList().stream();
        }
    }

    static Outcome plan(Path stackFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("").toAbsolutePath())
                .run(new String[] {"plan", "--stack", "bad", "--config-file", stackFile.toString()});
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadStackFileExitsWithUsageStatusAndOneMessageNamingTheKeyAndTheFix(Case badStack) {
        assertFalse(badStack.keys().isEmpty() || badStack.fixes().isEmpty(), badStack + " must state '# key:' and '# fix:'");
        Outcome outcome = plan(badStack.file());
        assertEquals(2, outcome.exitCode(), () -> "exit status; stderr was:\n" + outcome.err());
        assertEquals("", outcome.out(), "nothing is planned");
        String message = outcome.err();
        for (String key : badStack.keys()) {
            assertTrue(message.contains(key + ": ") || message.contains(key + " "), () -> "key " + key + " not named in:\n" + message);
        }
        for (String fix : badStack.fixes()) {
            assertEquals(1, occurrences(message, fix), () -> "fix '" + fix + "' not said exactly once in:\n" + message);
        }
        assertFalse(message.contains("Exception") || message.contains("\tat "), () -> "a stack trace for a user mistake:\n" + message);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
