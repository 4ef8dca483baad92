package com.onering.model;

/** A named volume mounted into a workload; {@code DATA} volumes hold state that must survive updates and re-creation. */
public record VolumeSpec(String name, String containerPath, Kind kind) {
    public enum Kind { DATA, SCRATCH }

    public static VolumeSpec data(String name, String containerPath) {
        return new VolumeSpec(name, containerPath, Kind.DATA);
    }
}
