package dev.earshot.audio.npy;

import dev.earshot.audio.io.AudioFileException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header dictionary of a .npy file, e.g. {@code {'descr': '<f8', 'fortran_order': False,
 * 'shape': (2, 41983), }}, with a parser for the Python literal subset NumPy writes
 * (package-private).
 */
record NpyHeader(NpyDtype dtype, ByteOrder order, boolean fortranOrder, int[] shape) {

    static NpyHeader parse(Path file, String text) throws AudioFileException {
        Object parsed;
        try {
            Parser p = new Parser(text);
            parsed = p.value();
            p.skipSpace();
            if (p.pos != text.length()) {
                throw new IllegalArgumentException("unexpected '" + text.charAt(p.pos) + "' at " + p.pos);
            }
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new AudioFileException(file, "header", "expected a Python dict literal, " + e.getMessage() + " in: " + text.strip());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new AudioFileException(file, "header", "expected a dict, found: " + text.strip());
        }
        Object descr = map.get("descr");
        Object fortran = map.get("fortran_order");
        Object shape = map.get("shape");
        if (!(descr instanceof String d)) {
            throw new AudioFileException(file, "header.descr", "expected a type string such as '<f8', found " + descr
                    + " (structured dtypes are not supported)");
        }
        if (!(fortran instanceof Boolean f)) {
            throw new AudioFileException(file, "header.fortran_order", "expected True or False, found " + fortran);
        }
        if (!(shape instanceof List<?> dims)) {
            throw new AudioFileException(file, "header.shape", "expected a tuple of non-negative ints, found " + shape);
        }
        if (d.length() != 3) {
            throw new AudioFileException(file, "header.descr", "expected one of '<f4', '<f8', '<i2', '<i4' (or '>'), found '" + d + "'");
        }
        NpyDtype dtype = NpyDtype.ofCode(d.substring(1));
        ByteOrder order = switch (d.charAt(0)) {
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '=' -> ByteOrder.nativeOrder();
            default -> null;
        };
        if (dtype == null || order == null) {
            throw new AudioFileException(file, "header.descr", "expected one of '<f4', '<f8', '<i2', '<i4' (or '>'), found '" + d + "'");
        }
        int[] s = new int[dims.size()];
        long n = 1;
        for (int i = 0; i < s.length; i++) {
            if (!(dims.get(i) instanceof Long v) || v < 0 || v > Integer.MAX_VALUE) {
                throw new AudioFileException(file, "header.shape", "expected non-negative ints below 2^31, found " + dims);
            }
            s[i] = (int) (long) v;
            n *= v;
            if (n > Integer.MAX_VALUE - 8) {
                throw new AudioFileException(file, "header.shape", "expected fewer than 2^31 elements, found shape " + dims);
            }
        }
        return new NpyHeader(dtype, order, f, s);
    }

    /** The dict text NumPy writes for a little-endian array, without padding. */
    static String format(NpyDtype dtype, boolean fortranOrder, int[] shape) {
        StringBuilder s = new StringBuilder("{'descr': '<").append(dtype.code()).append("', 'fortran_order': ")
                .append(fortranOrder ? "True" : "False").append(", 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        if (shape.length == 1) {
            s.append(',');
        }
        return s.append("), }").toString();
    }

    /** Recursive-descent parser for dicts, tuples/lists, strings, ints and True/False/None. */
    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Object value() {
            skipSpace();
            if (pos >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            char c = s.charAt(pos);
            if (c == '{') {
                return dict();
            }
            if (c == '(' || c == '[') {
                return sequence(c == '(' ? ')' : ']');
            }
            if (c == '\'' || c == '"') {
                return string();
            }
            if (c == '-' || Character.isDigit(c)) {
                int start = pos++;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos < s.length() && s.charAt(pos) == 'L') {
                    pos++; // Python 2 long suffix
                    return Long.parseLong(s.substring(start, pos - 1));
                }
                return Long.parseLong(s.substring(start, pos));
            }
            for (String word : new String[] {"True", "False", "None"}) {
                if (s.startsWith(word, pos)) {
                    pos += word.length();
                    return word.equals("None") ? "None" : Boolean.valueOf(word.equals("True"));
                }
            }
            throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
        }

        Map<String, Object> dict() {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            while (true) {
                skipSpace();
                if (s.charAt(pos) == '}') {
                    pos++;
                    return m;
                }
                Object key = value();
                if (!(key instanceof String k)) {
                    throw new IllegalArgumentException("dict key is not a string at " + pos);
                }
                skipSpace();
                expect(':');
                m.put(k, value());
                skipSpace();
                if (s.charAt(pos) == ',') {
                    pos++;
                } else if (s.charAt(pos) != '}') {
                    throw new IllegalArgumentException("expected ',' or '}' at " + pos);
                }
            }
        }

        List<Object> sequence(char close) {
            List<Object> l = new ArrayList<>();
            pos++;
            while (true) {
                skipSpace();
                if (s.charAt(pos) == close) {
                    pos++;
                    return l;
                }
                l.add(value());
                skipSpace();
                if (s.charAt(pos) == ',') {
                    pos++;
                } else if (s.charAt(pos) != close) {
                    throw new IllegalArgumentException("expected ',' or '" + close + "' at " + pos);
                }
            }
        }

        String string() {
            char q = s.charAt(pos++);
            int end = s.indexOf(q, pos);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated string at " + pos);
            }
            String v = s.substring(pos, end);
            pos = end + 1;
            return v;
        }

        void expect(char c) {
            if (s.charAt(pos) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + pos);
            }
            pos++;
        }
    }
}
