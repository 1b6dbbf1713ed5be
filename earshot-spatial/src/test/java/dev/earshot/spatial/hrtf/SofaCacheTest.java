package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsed-SOFA disk cache against the plain parse of the same file. */
class SofaCacheTest {
    @TempDir
    Path tmp;
    Path cache;
    Path sofa;

    @BeforeEach
    void setUp() throws IOException {
        cache = tmp.resolve("cache");
        System.setProperty("earshot.sofa.cache", cache.toString());
        sofa = tmp.resolve("kemar.sofa");
        try (InputStream in = HrtfSets.class.getResourceAsStream(HrtfSets.KEMAR_RESOURCE)) {
            Files.copy(in, sofa);
        }
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("earshot.sofa.cache");
    }

    private static void assertSameSet(HrtfSet a, HrtfSet b) {
        assertEquals(a.name(), b.name());
        assertEquals(a.sampleRateHz(), b.sampleRateHz());
        assertEquals(a.directions(), b.directions());
        assertArrayEquals(a.distancesM(), b.distancesM());
        assertEquals(a.measurementCount(), b.measurementCount());
        for (int i = 0; i < a.measurementCount(); i++) {
            assertArrayEquals(a.left()[i], b.left()[i]);
            assertArrayEquals(a.right()[i], b.right()[i]);
        }
        assertEquals(a.attributes(), b.attributes());
    }

    @Test
    void secondLoadComesFromTheCacheAndEqualsThePlainParse() throws IOException {
        HrtfSet plain = SofaReader.read(sofa);
        AtomicInteger parses = new AtomicInteger();
        SofaCache.Parser counting = f -> {
            parses.incrementAndGet();
            return SofaReader.read(f);
        };
        assertSameSet(plain, SofaCache.load(sofa, counting));
        assertSameSet(plain, SofaCache.load(sofa, counting));
        assertEquals(1, parses.get(), "parsed once, then read from the cache");
        assertSameSet(plain, HrtfSets.load(sofa));
    }

    @Test
    void aResourceIsParsedOnceThenReadFromTheCache() throws IOException {
        java.net.URL url = HrtfSets.class.getResource(HrtfSets.KEMAR_RESOURCE);
        HrtfSet plain = SofaReader.read(sofa);
        AtomicInteger parses = new AtomicInteger();
        SofaCache.ResourceParser counting = () -> {
            parses.incrementAndGet();
            return SofaReader.read(sofa);
        };
        assertSameSet(plain, SofaCache.loadResource(url, counting));
        assertSameSet(plain, SofaCache.loadResource(url, counting));
        assertEquals(1, parses.get(), "parsed once, then read from the cache");
        // a resource and a file with the same bytes are different entries
        AtomicInteger fileParses = new AtomicInteger();
        SofaCache.load(sofa, f -> {
            fileParses.incrementAndGet();
            return SofaReader.read(f);
        });
        assertEquals(1, fileParses.get());
    }

    @Test
    void anEntryIsReadBackAsWritten() throws IOException {
        HrtfSet plain = SofaReader.read(sofa);
        Map<String, String> attrs = new HashMap<>(plain.attributes());
        attrs.put("marker", "from the cache \u00e9");
        HrtfSet marked = new HrtfSet(plain.name(), plain.sampleRateHz(), plain.directions(), plain.distancesM(),
                plain.left(), plain.right(), attrs);
        Files.createDirectories(cache);
        Files.write(cache.resolve(SofaCache.key(sofa) + ".bin"), SofaCache.encode(marked));
        assertSameSet(marked, HrtfSets.load(sofa));
    }

    @Test
    void anotherPathIsParsedAgainUnderItsOwnName() throws IOException {
        HrtfSets.load(sofa);
        Path other = tmp.resolve("other.sofa");
        Files.copy(sofa, other);
        assertEquals("other.sofa", HrtfSets.load(other).name());
    }

    @Test
    void aModifiedFileGetsAnotherKey() throws IOException {
        String before = SofaCache.key(sofa);
        Files.setLastModifiedTime(sofa, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(sofa).toMillis() + 1000));
        assertTrue(!before.equals(SofaCache.key(sofa)));
    }

    @Test
    void aCorruptEntryIsIgnoredAndRewritten() throws IOException {
        HrtfSet plain = SofaReader.read(sofa);
        Files.createDirectories(cache);
        Path entry = cache.resolve(SofaCache.key(sofa) + ".bin");
        byte[] good = SofaCache.encode(plain);
        Files.write(entry, java.util.Arrays.copyOf(good, good.length / 2));
        assertNull(SofaCache.read(entry));
        assertSameSet(plain, HrtfSets.load(sofa));
        assertTrue(SofaCache.read(entry) != null, "rewritten");
    }

    @Test
    void offDisablesTheCacheAndErrorsAreThoseOfTheParser() throws IOException {
        System.setProperty("earshot.sofa.cache", "off");
        assertNull(SofaCache.directory());
        HrtfSets.load(sofa);
        assertTrue(!Files.exists(cache));
        System.setProperty("earshot.sofa.cache", cache.toString());
        assertThrows(NoSuchFileException.class, () -> HrtfSets.load(tmp.resolve("missing.sofa")));
        Path notSofa = tmp.resolve("x.sofa");
        Files.writeString(notSofa, "not hdf5");
        assertThrows(SofaFormatException.class, () -> HrtfSets.load(notSofa));
    }
}
