package dev.earshot.app.cli;

import dev.earshot.ml.train.TrainCheckpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Finds the neural models shipped on the class path: the folder {@value #DEFAULT_MODEL} (the default
 * perceiver), {@value #DISTANCE_MODEL} (a perceiver used for distance only) and {@value #EVENTS_MODEL} (one used
 * for sound events only), each holding what
 * {@code earshot train --out DIR} writes ({@code model.json}, {@code checkpoint.bin}, optionally
 * {@code manifest.json}). From a directory on the class path it is used in place; from a jar the files are copied
 * once to a temporary folder (deleted on exit), since the checkpoint reader takes a folder.
 */
final class ShippedModels {
    /** Class path folder of the shipped neural model. */
    static final String DEFAULT_MODEL = "dev/earshot/ml/perception/default/";
    /** Class path folder of the shipped neural model whose distance answers are better than the default's. */
    static final String DISTANCE_MODEL = "dev/earshot/ml/perception/distance/";
    /** Class path folder of the shipped neural model whose sound events are better than the default's. */
    static final String EVENTS_MODEL = "dev/earshot/ml/perception/events/";
    private static final String[] FILES = {TrainCheckpoint.MANIFEST, TrainCheckpoint.TENSORS, "manifest.json"};

    private ShippedModels() {
    }

    /**
     * The shipped neural checkpoint folder.
     *
     * @param loader where to look (the application's class loader)
     * @return the folder, or empty if this build ships no neural model
     * @throws IOException if the resources exist but cannot be copied out
     */
    static Optional<Path> neuralCheckpoint(ClassLoader loader) throws IOException {
        return checkpoint(loader, DEFAULT_MODEL);
    }

    /**
     * The shipped checkpoint folder of the distance perceiver.
     *
     * @param loader where to look (the application's class loader)
     * @return the folder, or empty if this build ships none
     * @throws IOException if the resources exist but cannot be copied out
     */
    static Optional<Path> distanceCheckpoint(ClassLoader loader) throws IOException {
        return checkpoint(loader, DISTANCE_MODEL);
    }

    /**
     * The shipped checkpoint folder of the events perceiver.
     *
     * @param loader where to look (the application's class loader)
     * @return the folder, or empty if this build ships none
     * @throws IOException if the resources exist but cannot be copied out
     */
    static Optional<Path> eventsCheckpoint(ClassLoader loader) throws IOException {
        return checkpoint(loader, EVENTS_MODEL);
    }

    private static Optional<Path> checkpoint(ClassLoader loader, String folder) throws IOException {
        URL m = loader.getResource(folder + TrainCheckpoint.MANIFEST);
        URL t = loader.getResource(folder + TrainCheckpoint.TENSORS);
        if (m == null || t == null) {
            return Optional.empty();
        }
        if ("file".equals(m.getProtocol())) {
            try {
                return Optional.of(Path.of(m.toURI()).getParent());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to copying
            }
        }
        Path dir = Files.createTempDirectory("earshot-model");
        dir.toFile().deleteOnExit();
        for (String f : FILES) {
            try (InputStream in = loader.getResourceAsStream(folder + f)) {
                if (in == null) {
                    continue;
                }
                Path p = dir.resolve(f);
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
                p.toFile().deleteOnExit();
            }
        }
        return Optional.of(dir);
    }
}
