package com.onering.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.MemorySize;
import org.junit.jupiter.api.Test;

class MemorySizeTest {
    @Test
    void parsesKubernetesAndDockerUnitsAsBinary() {
        assertEquals(512L * 1024 * 1024, MemorySize.parse("512Mi").orElseThrow().bytes());
        assertEquals(MemorySize.gibibytes(2), MemorySize.parse("2g").orElseThrow());
        assertEquals(MemorySize.gibibytes(2), MemorySize.parse("2Gi").orElseThrow());
        assertEquals(MemorySize.mebibytes(1), MemorySize.parse("1024Ki").orElseThrow());
        assertEquals("1536Mi", MemorySize.mebibytes(1536).toString());
        assertEquals("4Gi", MemorySize.gibibytes(4).toString());
    }

    @Test
    void rejectsWhatIsNotASize() {
        assertTrue(MemorySize.parse("1.5G").isEmpty());
        assertTrue(MemorySize.parse("-1Mi").isEmpty());
        assertTrue(MemorySize.parse("2 GB").isEmpty());
        assertTrue(MemorySize.parse("").isEmpty());
    }
}
