package dev.earshot.data.format;

import dev.earshot.audio.io.CsvFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Minimal CSV as pandas/Python's csv module write it: comma separated, fields holding a comma, quote or
 * line break are double-quoted with quotes doubled; no embedded line breaks are read.
 */
public final class Csv {
    private Csv() {
    }

    /**
     * @param line one line without its line end
     * @return the fields
     */
    public static List<String> split(String line) {
        return CsvFields.split(line);
    }

    /**
     * @param fields fields of one row
     * @return the CSV line (without line end)
     */
    public static String join(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /**
     * A table read by column name.
     *
     * @param file   the file (for messages)
     * @param header column names
     * @param rows   data rows (blank lines dropped), each with as many fields as the header
     */
    public record Table(Path file, List<String> header, List<List<String>> rows) {
        /**
         * @param names accepted names of a column (first found wins)
         * @return its index
         * @throws DatasetFormatException if none is present
         */
        public int column(String... names) throws DatasetFormatException {
            for (String n : names) {
                int i = header.indexOf(n);
                if (i >= 0) {
                    return i;
                }
            }
            throw new DatasetFormatException(file, "header", "a column named " + String.join(" or ", names)
                    + ", got " + header);
        }

        /**
         * @param names accepted names
         * @return its index, or -1 if absent
         */
        public int optionalColumn(String... names) {
            for (String n : names) {
                int i = header.indexOf(n);
                if (i >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Reads a CSV file with a header line ('\n' or "\r\n" line ends, optional UTF-8 BOM).
     *
     * @param file the file
     * @return the table
     * @throws DatasetFormatException if it is empty or a row has the wrong number of fields
     * @throws IOException            if it cannot be read
     */
    public static Table read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new DatasetFormatException(file, "line 1", "a header line");
        }
        List<String> header = split(lines[0]);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> f = split(lines[i]);
            if (f.size() != header.size()) {
                throw new DatasetFormatException(file, "line " + (i + 1), header.size() + " fields, got " + f.size());
            }
            rows.add(f);
        }
        return new Table(file, header, rows);
    }

    /**
     * Parses a number field.
     *
     * @param t      table
     * @param row    row index (0-based data row)
     * @param column column index
     * @return the value
     * @throws DatasetFormatException naming file, line and column if it is not a number
     */
    public static double number(Table t, int row, int column) throws DatasetFormatException {
        String s = t.rows().get(row).get(column).trim();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new DatasetFormatException(t.file(), "line " + (row + 2) + " column " + t.header().get(column),
                    "a number, got '" + s + "'");
        }
    }

    /**
     * Python's {@code repr(round(x, digits))} for ordinary magnitudes: rounded half-to-even on the exact
     * binary value, trailing zeros dropped, at least one decimal ("3.0").
     *
     * @param x      value (finite)
     * @param digits decimals to keep
     * @return the text
     */
    public static String pyRound(double x, int digits) {
        java.math.BigDecimal d = new java.math.BigDecimal(x).setScale(digits, java.math.RoundingMode.HALF_EVEN);
        String s = d.stripTrailingZeros().toPlainString();
        if (s.equals("-0")) {
            s = "0";
        }
        if (s.startsWith("-0") && d.signum() == 0) {
            s = s.substring(1);
        }
        return s.contains(".") ? s : s + ".0";
    }

    /**
     * @param x a value
     * @return {@code round(x)} (half to even) as an integer string
     */
    public static String pyRoundInt(double x) {
        return String.format(Locale.ROOT, "%d", (long) Math.rint(x));
    }
}
