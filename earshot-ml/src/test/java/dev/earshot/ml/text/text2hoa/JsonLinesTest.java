package dev.earshot.ml.text.text2hoa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    @Test
    void blankLinesAreSkippedButCountedInLineNumbers() throws Exception {
        List<String> seen = new ArrayList<>();
        JsonLines.forEach(new StringReader("{\"a\":1}\n\n  \n\"x\"\n"), "f.jsonl",
                (node, line) -> seen.add(line + ":" + node));
        assertEquals(List.of("1:{\"a\":1}", "4:\"x\""), seen);
    }

    @Test
    void aLineThatIsNotJsonNamesTheSourceAndLine() {
        Text2HoaFormatException e = assertThrows(Text2HoaFormatException.class,
                () -> JsonLines.forEach(new StringReader("{}\n{oops\n"), "f.jsonl", (node, line) -> { }));
        assertTrue(e.getMessage().contains("f.jsonl") && e.getMessage().contains("2"), e.getMessage());
    }
}
