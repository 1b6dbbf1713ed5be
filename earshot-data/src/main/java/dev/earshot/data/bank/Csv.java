package dev.earshot.data.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 CSV reading and writing: comma separated, fields optionally enclosed in double
 * quotes, a doubled quote inside a quoted field is one quote, quoted fields may contain commas and line
 * breaks; CRLF or LF line ends; a UTF-8 byte-order mark at the start is ignored.
 */
final class Csv {
    private Csv() {
    }

    /** One parsed record with the 1-based line number where it starts. */
    record Row(int line, List<String> fields) {
    }

    /**
     * Parses a whole CSV text. Blank lines are skipped.
     *
     * @param text   the file content
     * @param source the file, for error messages (may be null)
     * @return the records in file order
     * @throws BankFormatException if a quoted field is not closed or a quote appears inside an unquoted field
     */
    static List<Row> parse(String text, Path source) throws BankFormatException {
        List<Row> rows = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int rowLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean endOfRow = false;
            boolean blank = true;
            while (!endOfRow) {
                if (i < n && text.charAt(i) == '"') {
                    blank = false;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new BankFormatException(source, "line " + rowLine, "csv", "quoted field is not closed");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                f.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            f.append(c);
                        }
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        throw new BankFormatException(source, "line " + line, "csv",
                                "expected ',' or end of line after a closing quote, got '" + text.charAt(i) + "'");
                    }
                }
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == '"') {
                        throw new BankFormatException(source, "line " + line, "csv",
                                "a quote inside an unquoted field; enclose the field in quotes and double the quote");
                    }
                    f.append(c);
                    blank = false;
                    i++;
                }
                fields.add(f.toString());
                f.setLength(0);
                if (i >= n) {
                    endOfRow = true;
                } else if (text.charAt(i) == ',') {
                    blank = false;
                    i++;
                } else {
                    if (text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRow = true;
                }
            }
            if (!blank) {
                rows.add(new Row(rowLine, List.copyOf(fields)));
            }
        }
        return rows;
    }

    /**
     * Formats one record, quoting fields that contain a comma, quote, CR or LF.
     *
     * @param fields the values
     * @return the line with a trailing LF
     */
    static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            String v = fields.get(k);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append('\n').toString();
    }
}
