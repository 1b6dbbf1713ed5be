package dev.earshot.ml.text.text2hoa;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the committed text2hoa test resources once per JVM. */
public final class Fixtures {
    private static Text2HoaStats stats;
    private static List<Text2HoaSample> train;
    private static List<Text2HoaSample> valid;

    private Fixtures() {
    }

    /** @return the stats json constants */
    public static synchronized Text2HoaStats stats() {
        if (stats == null) {
            try (InputStream in = open("text2spatial_v4_stats.json")) {
                stats = Text2HoaStats.read(in, "text2spatial_v4_stats.json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stats;
    }

    /** @return the 1092 train rows */
    public static synchronized List<Text2HoaSample> train() {
        if (train == null) {
            train = v4("text2spatial_v4_train.jsonl");
        }
        return train;
    }

    /** @return the 136 valid rows */
    public static synchronized List<Text2HoaSample> valid() {
        if (valid == null) {
            valid = v4("text2spatial_v4_valid.jsonl");
        }
        return valid;
    }

    /** @param name resource under /text2hoa @return its stream */
    public static InputStream open(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/text2hoa/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource /text2hoa/" + name);
        }
        return in;
    }

    private static List<Text2HoaSample> v4(String name) {
        try (InputStreamReader r = new InputStreamReader(open(name), StandardCharsets.UTF_8)) {
            return Text2HoaReader.readV4(r, name, stats());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
