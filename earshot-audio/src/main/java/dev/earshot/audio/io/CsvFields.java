package dev.earshot.audio.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line as Python's csv module and pandas write them: comma separated; a field holding a
 * comma or quote is double-quoted with its quotes doubled. Embedded line breaks are not read (the line is
 * one physical line). Shared by the catalog and dataset readers of every module, so that they agree.
 */
public final class CsvFields {
    private CsvFields() {
    }

    /**
     * @param line one line without its line end
     * @return the fields, unquoted (an empty line gives one empty field)
     */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
