package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ShippedModels}: finds the shipped neural model in a class path folder or a jar, or reports none. */
class AnalyzeShippedModelsTest {
    @TempDir
    Path dir;

    private static final byte[] MODEL = "{\"format\": \"x\"}".getBytes();
    private static final byte[] TENSORS = {1, 2, 3, 4, 5};

    @Test
    void noResourcesMeansNoModel() throws Exception {
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertEquals(Optional.empty(), ShippedModels.neuralCheckpoint(cl));
        }
    }

    @Test
    void folderOnTheClassPathIsUsedInPlace() throws Exception {
        Path m = Files.createDirectories(dir.resolve(ShippedModels.DEFAULT_MODEL));
        Files.write(m.resolve("model.json"), MODEL);
        Files.write(m.resolve("checkpoint.bin"), TENSORS);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertEquals(m.toRealPath(), ShippedModels.neuralCheckpoint(cl).orElseThrow().toRealPath());
        }
    }

    @Test
    void modelInsideAJarIsCopiedOutByteForByte() throws Exception {
        Path jar = dir.resolve("m.jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(os)) {
            j.putNextEntry(new JarEntry(ShippedModels.DEFAULT_MODEL + "model.json"));
            j.write(MODEL);
            j.putNextEntry(new JarEntry(ShippedModels.DEFAULT_MODEL + "checkpoint.bin"));
            j.write(TENSORS);
        }
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path out = ShippedModels.neuralCheckpoint(cl).orElseThrow();
            assertArrayEquals(MODEL, Files.readAllBytes(out.resolve("model.json")));
            assertArrayEquals(TENSORS, Files.readAllBytes(out.resolve("checkpoint.bin")));
            assertTrue(!Files.exists(out.resolve("manifest.json")));
        }
    }

    @Test
    void aManifestAloneIsNotAModel() throws Exception {
        Path m = Files.createDirectories(dir.resolve(ShippedModels.DEFAULT_MODEL));
        Files.write(m.resolve("model.json"), MODEL);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertEquals(Optional.empty(), ShippedModels.neuralCheckpoint(cl));
        }
    }
}
