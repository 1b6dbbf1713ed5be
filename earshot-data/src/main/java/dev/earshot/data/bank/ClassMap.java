package dev.earshot.data.bank;

import dev.earshot.audio.io.AtomicFiles;

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
 * The class vocabulary of a bank: class names with their index (their position) and a description.
 * Stored as {@code classes.csv} with the header {@code index,name,description}; the index column must
 * count 0, 1, 2, ... in row order.
 *
 * @param names        class names, unique and non-blank, in index order
 * @param descriptions one description per class (may be empty strings)
 */
public record ClassMap(List<String> names, List<String> descriptions) {
    /** File name of the class map inside a bank folder. */
    public static final String FILE_NAME = "classes.csv";

    /** @throws IllegalArgumentException if names repeat, are blank, or the lists differ in length */
    public ClassMap {
        names = List.copyOf(names);
        descriptions = List.copyOf(descriptions);
        if (names.size() != descriptions.size()) {
            throw new IllegalArgumentException("class map: " + names.size() + " names but " + descriptions.size()
                    + " descriptions");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.isBlank() || n.indexOf(';') >= 0) {
                throw new IllegalArgumentException("class map: class " + i + " name must be non-blank without ';', got '"
                        + n + "'");
            }
            Integer prev = seen.put(n, i);
            if (prev != null) {
                throw new IllegalArgumentException("class map: class '" + n + "' appears at index " + prev + " and " + i);
            }
        }
    }

    /**
     * @param name a class name
     * @return its index, or empty if the class is unknown
     */
    public Optional<Integer> indexOf(String name) {
        int i = names.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** @return the number of classes */
    public int size() {
        return names.size();
    }

    /**
     * Reads a {@code classes.csv} file.
     *
     * @param file the file
     * @return the class map
     * @throws BankFormatException naming the row when the header, index or name is wrong
     * @throws IOException         if the file cannot be read
     */
    public static ClassMap read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    /**
     * Parses class map text.
     *
     * @param text   the CSV text
     * @param source the file, for messages (may be null)
     * @return the class map
     * @throws BankFormatException naming the row when the header, index or name is wrong
     */
    public static ClassMap parse(String text, Path source) throws BankFormatException {
        List<Csv.Row> rows = Csv.parse(text, source);
        if (rows.isEmpty() || !rows.get(0).fields().equals(List.of("index", "name", "description"))) {
            throw new BankFormatException(source, "line 1", "header", "expected 'index,name,description', got "
                    + (rows.isEmpty() ? "an empty file" : rows.get(0).fields()));
        }
        List<String> names = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Csv.Row row = rows.get(r);
            String item = "row " + r + " (line " + row.line() + ")";
            if (row.fields().size() != 3) {
                throw new BankFormatException(source, item, "columns", "expected 3 fields, got " + row.fields().size());
            }
            if (!row.fields().get(0).equals(Integer.toString(r - 1))) {
                throw new BankFormatException(source, item, "index", "expected " + (r - 1) + " (row order), got '"
                        + row.fields().get(0) + "'");
            }
            String name = row.fields().get(1).trim();
            if (name.isEmpty() || name.indexOf(';') >= 0) {
                throw new BankFormatException(source, item, "name", "expected a non-blank class name without ';'");
            }
            if (names.contains(name)) {
                throw new BankFormatException(source, item, "name", "class '" + name + "' is listed twice");
            }
            names.add(name);
            descriptions.add(row.fields().get(2));
        }
        return new ClassMap(names, descriptions);
    }

    /**
     * Writes this map as {@code classes.csv} (atomically).
     *
     * @param file target file
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("index", "name", "description")));
        for (int i = 0; i < names.size(); i++) {
            sb.append(Csv.line(List.of(Integer.toString(i), names.get(i), descriptions.get(i))));
        }
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
