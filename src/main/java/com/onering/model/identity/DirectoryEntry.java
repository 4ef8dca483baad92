package com.onering.model.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One entry of the directory as the stack declares it. {@code attributes} excludes {@code objectClass} and
 * {@code userPassword}; {@code password} is a {@code {{secret:…}}} placeholder in the declaration and the rendered
 * value once the hook receives it.
 */
public record DirectoryEntry(String dn, List<String> objectClasses, Map<String, List<String>> attributes, Optional<String> password) {
    public DirectoryEntry {
        objectClasses = List.copyOf(objectClasses);
        Map<String, List<String>> sorted = new TreeMap<>();
        attributes.forEach((name, values) -> sorted.put(name, List.copyOf(values)));
        attributes = java.util.Collections.unmodifiableMap(sorted);
        if (attributes.keySet().stream().anyMatch(a -> a.equalsIgnoreCase("objectClass") || a.equalsIgnoreCase("userPassword"))) {
            throw new IllegalArgumentException(dn + ": objectClass and userPassword are not plain attributes");
        }
    }
}
