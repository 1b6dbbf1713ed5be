package dev.earshot.audio.npy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Access to the committed .npy fixtures (made by make_codec_fixtures.py and npy_74_reference.py). */
final class NpyFixtures {
    private NpyFixtures() {
    }

    static Path npy(String name) {
        try {
            var url = NpyFixtures.class.getResource("/npy/" + name);
            if (url == null) {
                throw new IllegalStateException("missing test resource /npy/" + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(npy(name));
    }
}
