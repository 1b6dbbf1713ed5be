package dev.earshot.audio.io;

import dev.earshot.audio.npy.Npy;
import dev.earshot.audio.npy.NpyArray;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Access to the committed codec fixtures (made by src/test/python/make_codec_fixtures.py). */
final class Fixtures {
    private Fixtures() {
    }

    static Path codec(String name) {
        try {
            var url = Fixtures.class.getResource("/codecs/" + name);
            if (url == null) {
                throw new IllegalStateException("missing test resource /codecs/" + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(codec(name));
    }

    /** The expected samples of a fixture, [channels][frames], rounded to float. */
    static float[][] expected(String name) throws IOException {
        NpyArray a = Npy.read(codec(name + ".expected.npy"));
        return a.toFloatMatrix();
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }
}
