package dev.earshot.data.bank;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {

    @Test
    void parsesQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        List<Csv.Row> rows = Csv.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"x\ny\",,z\n", null);
        assertEquals(List.of("a", "b,c", "say \"hi\""), rows.get(0).fields());
        assertEquals(List.of("x\ny", "", "z"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
    }

    @Test
    void skipsBlankLinesAndKeepsLineNumbers() throws Exception {
        List<Csv.Row> rows = Csv.parse("\uFEFFh1,h2\n\n1,2\n", null);
        assertEquals(2, rows.size());
        assertEquals(List.of("h1", "h2"), rows.get(0).fields());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void unclosedQuoteNamesTheLine() {
        BankFormatException e = assertThrows(BankFormatException.class, () -> Csv.parse("a,b\n1,\"oops\n", null));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void lineQuotesOnlyWhenNeededAndRoundTrips() throws Exception {
        List<String> fields = List.of("plain", "with,comma", "with \"quote\"", "");
        String line = Csv.line(fields);
        assertEquals("plain,\"with,comma\",\"with \"\"quote\"\"\",\n", line);
        assertEquals(fields, Csv.parse(line, null).get(0).fields());
    }
}
