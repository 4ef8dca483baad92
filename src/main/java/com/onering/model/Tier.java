package com.onering.model;

/** Network placement: data stores live on the internal data network; applications on the platform network. */
public enum Tier { DATA_STORE, APPLICATION }
