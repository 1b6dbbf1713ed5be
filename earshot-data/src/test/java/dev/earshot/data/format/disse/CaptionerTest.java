package dev.earshot.data.format.disse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaptionerTest {
    /** Always picks option 0 and records how many options each draw had. */
    static final class Recording implements ChoiceSource {
        final List<Integer> sizes = new ArrayList<>();
        final int pick;

        Recording(int pick) {
            this.pick = pick;
        }

        @Override
        public int choose(int n) {
            sizes.add(n);
            return Math.min(pick, n - 1);
        }
    }

    private static String cap(double d, double az, double el, double area, double t30, ChoiceSource rng) {
        return Captioner.caption("a dog barking", new CaptionMeta(d, az, el, area, t30), rng);
    }

    @Test
    void reproducesPythonCaptionsDrawForDraw() throws Exception {
        JsonNode cases = PythonRandomTest.fixture().get("cases");
        for (JsonNode c : cases) {
            JsonNode m = c.get("meta");
            String got = Captioner.caption(m.get("orig").asText(), new CaptionMeta(m.get("distance").asDouble(),
                    m.get("azimuth").asDouble(), m.get("elevation").asDouble(), m.get("area").asDouble(),
                    m.get("t30").asDouble()), new PythonRandom(c.get("seed").asLong()));
            assertEquals(c.get("caption").asText(), got, m.toString());
        }
        assertEquals(162, cases.size());
    }

    @Test
    void drawsInTheOrderDistanceDirectionElevationSizeReverbTemplate() {
        Recording r = new Recording(0);
        cap(0.5, 150, 50, 20, 100, r);
        // near/close/nearby (3), back/behind (2), up/above (2), small/tiny (2), dampened/dry (2), templates (3)
        assertEquals(List.of(3, 2, 2, 2, 2, 3), r.sizes);
    }

    @Test
    void gapsGiveNoDescriptorAndNoDraw() {
        Recording r = new Recording(0);
        String c = cap(1.5, 45, 0, 75, 500, r);
        assertEquals(List.of(2, 3), r.sizes); // only room size and template
        assertEquals("The sound: a dog barking is coming from the  of a mid-sized room.", c);
    }

    @Test
    void distanceBoundsAreExclusive() {
        assertEquals("", Captioner.distance(1.0, new Recording(0)));
        assertEquals("", Captioner.distance(2.0, new Recording(0)));
        assertEquals("nearby", Captioner.distance(0.99, new Recording(2)));
        assertEquals("distant", Captioner.distance(2.01, new Recording(1)));
    }

    @Test
    void backRuleIsInclusive() {
        assertEquals("back", Captioner.direction(145, new Recording(0)));
        assertEquals("behind", Captioner.direction(-145, new Recording(1)));
        assertEquals("", Captioner.direction(144.9, new Recording(0)));
        assertEquals("", Captioner.direction(-144.9, new Recording(0)));
    }

    @Test
    void frontRightLeftBoundsAreInclusiveAndRightIsPositive() {
        assertEquals("in front", Captioner.direction(35, new Recording(1)));
        assertEquals("front", Captioner.direction(-35, new Recording(0)));
        assertEquals("right", Captioner.direction(55, new Recording(0)));
        assertEquals("to the right", Captioner.direction(125, new Recording(1)));
        assertEquals("left", Captioner.direction(-55, new Recording(0)));
        assertEquals("to the left", Captioner.direction(-125, new Recording(1)));
        assertEquals("", Captioner.direction(50, new Recording(0)));
        assertEquals("", Captioner.direction(130, new Recording(0)));
    }

    @Test
    void elevationBoundsAreExclusive() {
        assertEquals("", Captioner.elevation(40, new Recording(0)));
        assertEquals("above", Captioner.elevation(40.5, new Recording(1)));
        assertEquals("down", Captioner.elevation(-41, new Recording(0)));
    }

    @Test
    void roomSizeUsesFiftyAndHundred() {
        assertEquals("tiny", Captioner.roomSize(49.99, new Recording(1)));
        assertEquals("mid-sized", Captioner.roomSize(50, new Recording(0)));
        assertEquals("medium", Captioner.roomSize(100, new Recording(1)));
        assertEquals("spacious", Captioner.roomSize(100.01, new Recording(1)));
    }

    @Test
    void roomStringAddsReverbBeforeRoom() {
        assertEquals("You can hear a dog barking from the far left, inside a large highly reverberant room.",
                cap(3, -90, 0, 150, 1500, new ChoiceSource() {
                    private final int[] picks = {0, 0, 0, 0, 1};
                    private int i;

                    @Override
                    public int choose(int n) {
                        return picks[i++];
                    }
                }));
    }

    @Test
    void eachTemplateFormatsLocAndRoom() {
        String[] expected = {
            "The sound: a dog barking is coming from the close below to the right of a tiny dry-sounding room.",
            "You can hear a dog barking from the close below to the right, inside a tiny dry-sounding room.",
            "The sound: a dog barking originates in the close below to the right of a tiny dry-sounding room."};
        for (int t = 0; t < 3; t++) {
            int template = t;
            String c = cap(0.5, 90, -50, 30, 150, new ChoiceSource() {
                private int i;

                @Override
                public int choose(int n) {
                    i++;
                    return i == 6 ? template : 1;
                }
            });
            assertEquals(expected[t], c);
        }
    }
}
