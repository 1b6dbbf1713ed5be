package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimulateSourcesOptionTest {
    @Test
    void oneNumberMeansExactlyThatMany() {
        assertArrayEquals(new int[] {1, 1}, SimulateCommand.sourceRange("1"));
    }

    @Test
    void aRangeGivesMinAndMax() {
        assertArrayEquals(new int[] {2, 3}, SimulateCommand.sourceRange(" 2-3 "));
    }

    @Test
    void moreThanThreeIsRejected() {
        assertThrows(UserInputException.class, () -> SimulateCommand.sourceRange("1-4"));
    }

    @Test
    void aReversedRangeIsRejected() {
        assertThrows(UserInputException.class, () -> SimulateCommand.sourceRange("3-1"));
    }
}
