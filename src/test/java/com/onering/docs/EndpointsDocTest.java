package com.onering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.PortSpec;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The endpoint table of docs/ml-observability-devtools.md promises host ports per workload: each promise must be a
 * port the workload really publishes (without the security profile, where UIs keep their own ports), and a workload
 * the table says is in-network only must publish nothing.
 */
class EndpointsDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| [a-z-]+ \\| ([a-z][a-z0-9-]*) \\| ([^|]+) \\|", Pattern.MULTILINE);

    @Test
    void everyHostPortTheDocPromisesIsPublished() throws IOException {
        Platform all = Platforms.assemble("  onering:profiles: [ml, observability, cicd, devtools, poc]\n");
        Matcher row = ROW.matcher(Files.readString(Path.of("docs/ml-observability-devtools.md")));
        List<String> checked = new ArrayList<>();
        while (row.find()) {
            String workload = row.group(1);
            Set<Integer> promised = Pattern.compile("\\b\\d{2,5}\\b").matcher(row.group(2).replaceAll("`[^`]*`", "")).results()
                    .map(m -> Integer.parseInt(m.group())).collect(Collectors.toCollection(TreeSet::new));
            Set<Integer> published = Platforms.workload(all, workload).ports().stream().filter(PortSpec::isPublished)
                    .map(PortSpec::hostPort).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(promised, published, "docs/ml-observability-devtools.md row for " + workload);
            checked.add(workload);
        }
        assertTrue(checked.contains("jenkins") && checked.contains("feast"), "the endpoint table was not found: " + checked);
    }
}
