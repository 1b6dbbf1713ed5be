package dev.earshot.data.format.disse;

import dev.earshot.data.format.Csv;
import dev.earshot.data.format.DatasetFormatException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DISSE manifest csv (columns by name: {@code dry_path}, {@code rir_path}, optional
 * {@code foa_path}/{@code feat_path}, {@code text}/{@code caption}, {@code source_id}/{@code audiocap_id},
 * {@code spatial_id}/{@code space_id}).
 */
public final class DisseDataset {
    private DisseDataset() {
    }

    /**
     * @param manifest the manifest csv
     * @return its rows in order
     * @throws DatasetFormatException naming file, line and column when malformed
     * @throws IOException            if it cannot be read
     */
    public static List<DisseManifestRow> readManifest(Path manifest) throws IOException {
        Csv.Table t = Csv.read(manifest);
        int dry = t.column("dry_path");
        int rir = t.column("rir_path");
        int foa = t.optionalColumn("foa_path", "feat_path");
        int text = t.column("text", "caption");
        int src = t.column("source_id", "audiocap_id");
        int sp = t.column("spatial_id", "space_id");
        List<DisseManifestRow> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> f = t.rows().get(r);
            out.add(new DisseManifestRow(f.get(dry), f.get(rir), foa < 0 ? null : f.get(foa), f.get(text),
                    id(t, r, src), id(t, r, sp)));
        }
        return out;
    }

    private static long id(Csv.Table t, int r, int c) throws DatasetFormatException {
        double v = Csv.number(t, r, c);
        if (v != Math.rint(v)) {
            throw new DatasetFormatException(t.file(), "line " + (r + 2) + " column " + t.header().get(c),
                    "an integer id, got " + v);
        }
        return (long) v;
    }
}
