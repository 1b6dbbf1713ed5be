package dev.earshot.data.bank.audioset;

import dev.earshot.data.bank.BankFormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An AudioSet class index file ({@code class_labels_indices.csv} or the 355-row
 * {@code class_labels_indices_subset.csv}), read as Spatial-AST reads it (SPEC.md 1.4): the header
 * names the columns; the class index of a row is its ROW ORDER (0-based, counting data rows), whatever
 * its {@code index} column says; the {@code mid} column gives the class id; the display name is
 * everything after the second comma of the line, with one pair of enclosing double quotes removed
 * (and doubled quotes inside them undone), so {@code 1,/m/05zppz,"Male speech, man speaking"} has the
 * display name {@code Male speech, man speaking}.
 *
 * @param mids         class MIDs in index order
 * @param displayNames display names in index order
 */
public record AudioSetClassIndex(List<String> mids, List<String> displayNames) {

    /** @throws IllegalArgumentException if the lists differ in length or a MID repeats */
    public AudioSetClassIndex {
        mids = List.copyOf(mids);
        displayNames = List.copyOf(displayNames);
        if (mids.size() != displayNames.size()) {
            throw new IllegalArgumentException(mids.size() + " MIDs but " + displayNames.size() + " display names");
        }
        if (mids.stream().distinct().count() != mids.size()) {
            throw new IllegalArgumentException("class index repeats a MID");
        }
    }

    /**
     * @param mid an AudioSet MID such as {@code /m/0bt9lr}
     * @return its class index (row order), or empty if the MID is not in this index
     */
    public Optional<Integer> indexOf(String mid) {
        int i = mids.indexOf(mid);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** @return the number of classes */
    public int size() {
        return mids.size();
    }

    /**
     * Reads a class index CSV.
     *
     * @param file the CSV file
     * @return the index
     * @throws BankFormatException naming the line when the header has no {@code mid} column, a line has
     *                             fewer than three fields, or a MID is blank or repeated
     * @throws IOException         if the file cannot be read
     */
    public static AudioSetClassIndex read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    /**
     * Parses class index text.
     *
     * @param text   the CSV content
     * @param source the file, for messages (may be null)
     * @return the index
     * @throws BankFormatException naming the line of the first problem
     */
    public static AudioSetClassIndex parse(String text, Path source) throws BankFormatException {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.length) {
            throw new BankFormatException(source, "line 1", "header", "expected 'index,mid,display_name', the file is empty");
        }
        List<String> header = List.of(lines[headerLine].split(",", -1)).stream().map(String::trim).toList();
        int midCol = header.indexOf("mid");
        if (midCol < 0 || midCol > 1) {
            throw new BankFormatException(source, "line " + (headerLine + 1), "header",
                    "expected a 'mid' column among the first two (index,mid,display_name), got " + header);
        }
        List<String> mids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int k = headerLine + 1; k < lines.length; k++) {
            String line = lines[k];
            if (line.isBlank()) {
                continue;
            }
            String item = "line " + (k + 1);
            int c1 = line.indexOf(',');
            int c2 = c1 < 0 ? -1 : line.indexOf(',', c1 + 1);
            if (c2 < 0) {
                throw new BankFormatException(source, item, "columns",
                        "expected index,mid,display_name (at least two commas), got '" + line + "'");
            }
            String mid = (midCol == 0 ? line.substring(0, c1) : line.substring(c1 + 1, c2)).trim();
            if (mid.isEmpty()) {
                throw new BankFormatException(source, item, "mid", "expected a MID such as /m/09x0r, got an empty field");
            }
            Integer prev = seen.put(mid, mids.size());
            if (prev != null) {
                throw new BankFormatException(source, item, "mid", "MID '" + mid + "' already has class index " + prev);
            }
            mids.add(mid);
            names.add(unquote(line.substring(c2 + 1)));
        }
        return new AudioSetClassIndex(mids, names);
    }

    private static String unquote(String raw) {
        String s = raw.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }
}
