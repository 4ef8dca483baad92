package com.onering.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform's packages depend on each other without circles: a package reaches another through its imports and
 * fully qualified names in code, and no package reaches itself again. Hooks never depend on components: a component
 * declares its hook's spec, the hook reads what it needs from its environment.
 */
class ImportGraphTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern PACKAGE = Pattern.compile("^package (com\\.onering[\\w.]*);", Pattern.MULTILINE);
    /** A reference to a class of the platform: lower-case package segments, then the class name. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(com\\.onering(?:\\.[a-z]\\w*)*)\\.[A-Z]\\w*");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readSources() throws IOException {
        graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Set<String> targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(COMMENT.matcher(source).replaceAll(""));
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        targets.add(reference.group(1));
                    }
                }
            }
        }
    }

    @Test
    void thePackageGraphHasNoCircles() {
        assertEquals(List.of(), circles(graph), "packages that reach themselves through others");
    }

    @Test
    void hooksDependOnNoComponent() {
        Map<String, Set<String>> offending = new TreeMap<>();
        graph.forEach((from, targets) -> {
            if (from.startsWith("com.onering.hooks")) {
                targets.stream().filter(t -> t.startsWith("com.onering.components"))
                        .forEach(t -> offending.computeIfAbsent(from, k -> new TreeSet<>()).add(t));
            }
        });
        assertEquals(Map.of(), offending);
    }

    @Test
    void theCheckFindsACircle() {
        Map<String, Set<String>> withCircle = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), circles(withCircle));
    }

    /** The strongly connected components with more than one package (Tarjan), each sorted, in a stable order. */
    static List<List<String>> circles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        for (String start : new TreeSet<>(edges.keySet())) {
            if (!index.containsKey(start)) {
                connect(start, edges, index, low, stack, onStack, found);
            }
        }
        found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> edges, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<List<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, edges, index, low, stack, onStack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                component.sort(String::compareTo);
                found.add(component);
            }
        }
    }
}
