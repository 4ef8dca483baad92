package com.onering.deploy.kubernetes;

import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names and labels of a stack's objects in its namespace. A workload's Service has the workload's name, which is its
 * network alias on Docker, so every address the platform model writes ({@code postgres:5432}) resolves in the cluster
 * too; the workload's own objects are {@code <workload>-<purpose>}.
 */
final class ObjectNames {
    static final String NAME_LABEL = "app.kubernetes.io/name";
    static final String INSTANCE_LABEL = "app.kubernetes.io/instance";
    /** Pods that may reach every data store: the deploying pod (providers and hooks) when {@code pulumi up} runs in the cluster. */
    static final String DEPLOYER_LABEL = "onering.io/deployer";

    private final String stack;
    private final String namespace;

    ObjectNames(String stack, String namespace) {
        this.stack = stack;
        this.namespace = namespace;
    }

    String namespace() {
        return namespace;
    }

    String object(String workload, String purpose) {
        return workload + "-" + purpose;
    }

    /** The labels that select a workload's pods: its name within the stack. */
    Map<String, String> selector(String workload) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(NAME_LABEL, workload);
        labels.put(INSTANCE_LABEL, stack);
        return labels;
    }

    Map<String, String> labels(String workload, String component, String profile) {
        Map<String, String> labels = selector(workload);
        labels.put("app.kubernetes.io/component", component);
        labels.put("app.kubernetes.io/part-of", "onering");
        labels.put("app.kubernetes.io/managed-by", "pulumi");
        labels.put("onering.io/profile", profile);
        return labels;
    }

    ObjectMetaArgs metadata(String name, String workload) {
        return ObjectMetaArgs.builder().name(name).namespace(namespace).labels(selector(workload)).build();
    }

    /**
     * A ConfigMap or Secret key for the {@code index}-th file of a workload: keys allow letters, digits, '-', '_' and '.'
     * only, and the index keeps two files of the same name apart.
     */
    static String fileKey(int index, String containerPath) {
        String base = containerPath.substring(containerPath.lastIndexOf('/') + 1);
        return "f" + index + "-" + base.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
