package com.onering.model;

/** A long-running service, or a job that runs to completion (migrations, initialisation). */
public enum WorkloadKind { SERVICE, JOB }
