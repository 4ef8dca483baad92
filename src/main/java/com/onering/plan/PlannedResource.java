package com.onering.plan;

import java.util.List;
import java.util.Map;

/** One resource of the offline plan; {@code inputs} use wire names and show secrets as {@code "[secret]"}. */
public record PlannedResource(String type, String name, String urn, String parent, List<String> dependsOn, String provider,
                              Map<String, Object> inputs) {
}
