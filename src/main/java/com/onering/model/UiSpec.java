package com.onering.model;

/** Marks a workload as a user-facing UI served on one of its ports. */
public record UiSpec(String portName, String path) {
}
