package dev.earshot.spatial.osc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OscTargetTest {
    @Test
    void parsesHostAndPort() {
        assertEquals(new OscTarget("127.0.0.1", 9000), OscTarget.parse("127.0.0.1:9000"));
        assertEquals(new OscTarget("studio.local", 8000), OscTarget.parse("  studio.local:8000 "));
    }

    @Test
    void parsesBracketedIpv6() {
        OscTarget t = OscTarget.parse("[::1]:9000");
        assertEquals(new OscTarget("::1", 9000), t);
        assertEquals("[::1]:9000", t.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "localhost|no ':'",
        ":9000|host before ':' is empty",
        "localhost:abc|not an integer",
        "localhost:0|outside [1, 65535]",
        "localhost:70000|outside [1, 65535]",
        "::1:9000|brackets",
        "[::1]9000|[IPV6]:PORT"})
    void rejectsMalformedTargetsWithAClearMessage(String text, String expectedPart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OscTarget.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }
}
