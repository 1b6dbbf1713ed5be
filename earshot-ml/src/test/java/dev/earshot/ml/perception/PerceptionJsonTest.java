package dev.earshot.ml.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptionJsonTest {
    private static final Perception P = new Perception(
            List.of(new EventScore("Speech", 0.25), new EventScore("Dog", 0.75)), 30, -10, 2.5, 0.6);

    @Test
    void roundTripGivesAnEqualPerception() {
        assertEquals(P, PerceptionJson.fromJson(PerceptionJson.toJson(P), "test"));
    }

    @Test
    void jsonHasTheDocumentedFieldNames() {
        String j = PerceptionJson.toJson(P);
        for (String key : List.of("\"azimuth_deg\":30.0", "\"elevation_deg\":-10.0", "\"distance_m\":2.5",
                "\"events\":[{\"label\":\"Dog\",\"probability\":0.75}")) {
            assertTrue(j.contains(key), j);
        }
    }

    @Test
    void eventsAreSortedByDecreasingProbability() {
        assertEquals("Dog", P.events().get(0).label());
        assertEquals(0.25, P.probability("Speech"), 0.0);
        assertEquals(0.0, P.probability("Cat"), 0.0);
        assertEquals(List.of(new EventScore("Dog", 0.75)), P.topEvents(0.5, 5));
    }

    @Test
    void azimuthIsWrappedIntoTheEarshotRange() {
        assertEquals(-90, new Perception(List.of(), 270, 0, 1, 1).azimuthDeg(), 0.0);
    }

    @Test
    void missingFieldIsNamed() {
        PerceptionFormatException e = assertThrows(PerceptionFormatException.class, () -> PerceptionJson.fromJson(
                "{\"azimuth_deg\": 1, \"elevation_deg\": 0, \"events\": []}", "out.json"));
        assertTrue(e.getMessage().contains("out.json") && e.getMessage().contains("distance_m"), e.getMessage());
    }

    @Test
    void probabilityOutOfRangeIsNamed() {
        PerceptionFormatException e = assertThrows(PerceptionFormatException.class, () -> PerceptionJson.fromJson(
                "{\"azimuth_deg\": 1, \"elevation_deg\": 0, \"distance_m\": 1,"
                        + " \"events\": [{\"label\": \"x\", \"probability\": 1.5}]}", "out.json"));
        assertTrue(e.getMessage().contains("events[0]"), e.getMessage());
    }

    @Test
    void duplicateLabelsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Perception(
                List.of(new EventScore("a", 0.1), new EventScore("a", 0.2)), 0, 0, 1, 1));
    }
}
