package dev.earshot.ml.text.text2hoa;

/** A text2hoa file (jsonl or stats json) that does not have the expected shape; the message names file, line and field. */
public final class Text2HoaFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source   file name (or resource name)
     * @param line     1-based line number, or 0 when not line-based
     * @param field    the offending field
     * @param expected what was expected there
     */
    public Text2HoaFormatException(String source, int line, String field, String expected) {
        super(source + (line > 0 ? ":" + line : "") + ": field '" + field + "': expected " + expected);
    }

    /**
     * @param source file name
     * @param line   1-based line number, or 0
     * @param detail what went wrong
     * @param cause  the underlying error
     */
    public Text2HoaFormatException(String source, int line, String detail, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + detail, cause);
    }
}
