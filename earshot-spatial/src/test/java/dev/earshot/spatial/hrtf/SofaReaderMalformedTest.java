package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SofaReaderMalformedTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "plain_text.sofa,             file,                    not an HDF5 file",
        "wrong_conventions.sofa,      SOFAConventions,         SimpleFreeFieldHRTF",
        "no_sofa_conventions.sofa,    SOFAConventions,         missing",
        "one_receiver.sofa,           Data.IR,                 R = 1",
        "missing_ir.sofa,             Data.IR,                 missing",
        "zero_taps.sofa,              Data.IR,                 N = 0",
        "nan_ir.sofa,                 Data.IR,                 NaN",
        "radian_units.sofa,           SourcePosition:Units,    radian",
        "kilohertz_rate.sofa,         Data.SamplingRate:Units, kilohertz",
        "nan_rate.sofa,               Data.SamplingRate,       NaN",
        "zero_rate.sofa,              Data.SamplingRate,       0.0",
        "source_count_mismatch.sofa,  SourcePosition,          [3, 3]",
        "elevation_out_of_range.sofa, SourcePosition,          130",
        "negative_delay.sofa,         Data.Delay,              -3",
    })
    void malformedFileIsRejectedNamingFileAndField(String fixture, String field, String detail) {
        Path p = Fixtures.sofa(fixture);
        SofaFormatException e = assertThrows(SofaFormatException.class, () -> SofaReader.read(p));
        String msg = e.getMessage();
        assertEquals(field, e.field(), msg);
        assertTrue(msg.startsWith(p + ": " + field + ": "), "names file and field: " + msg);
        assertTrue(msg.contains(detail), "says what is wrong (" + detail + "): " + msg);
        assertTrue(msg.contains("expected"), "says what was expected: " + msg);
    }
}
