package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    @Test
    void quotedFieldsKeepTheirCommasAndDoubledQuotes() {
        // as Python's csv.writer writes ['a', 'b,c', 'say "hi"', '[1.0, 2.0]']
        assertEquals(List.of("a", "b,c", "say \"hi\"", "[1.0, 2.0]"),
                CsvFields.split("a,\"b,c\",\"say \"\"hi\"\"\",\"[1.0, 2.0]\""));
    }

    @Test
    void emptyFieldsAreKeptAtEitherEnd() {
        assertEquals(List.of("", "x", ""), CsvFields.split(",x,"));
        assertEquals(List.of(""), CsvFields.split(""));
    }
}
