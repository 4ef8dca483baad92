package com.onering.bench;

import com.onering.assembly.ComponentCatalog;
import com.onering.assembly.PlatformAssembler;
import com.onering.config.ConfigLoader;
import com.onering.config.ConfigSource;
import com.onering.config.PlatformConfig;
import com.onering.plan.OfflinePlan;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times the offline plan in one JVM: the first run phase by phase (where a cold start spends its time), then warm
 * runs. Usage: {@code java -cp target/onering.jar:target/test-classes com.onering.bench.PlanBenchmark <stack> [warmup] [runs]}.
 * A benchmark, not a test: it asserts nothing and prints milliseconds.
 */
public final class PlanBenchmark {
    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String stack = args.length > 0 ? args[0] : "dev";
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long jvmStartToMain = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();

        long t0 = System.nanoTime();
        PlatformConfig config = ConfigLoader.load(ConfigSource.fromStackFile(stackFile(stack)), stack);
        long t1 = System.nanoTime();
        new PlatformAssembler(ComponentCatalog.all()).assemble(new PlatformContext(config, ConfigFiles.projectDefault()));
        long t2 = System.nanoTime();
        int resources = OfflinePlan.run(config, ConfigFiles.projectDefault()).size();
        long t3 = System.nanoTime();
        System.out.printf("first run: jvm-start-to-main %d ms, config %.0f ms, assemble %.0f ms, program-under-engine %.0f ms (%d resources)%n",
                jvmStartToMain, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), resources);

        for (int i = 0; i < warmup; i++) {
            OfflinePlan.run(config, ConfigFiles.projectDefault());
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            OfflinePlan.run(ConfigLoader.load(ConfigSource.fromStackFile(stackFile(stack)), stack), ConfigFiles.projectDefault());
            times.add(ms(System.nanoTime() - start));
        }
        Collections.sort(times);
        System.out.printf("warm (%d runs after %d warm-up): min %.0f ms, median %.0f ms, max %.0f ms%n",
                runs, warmup, times.get(0), times.get(times.size() / 2), times.get(times.size() - 1));
    }

    private static Path stackFile(String stack) {
        Path top = Path.of("Pulumi." + stack + ".yaml");
        return java.nio.file.Files.exists(top) ? top : Path.of("stacks", "Pulumi." + stack + ".yaml");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
