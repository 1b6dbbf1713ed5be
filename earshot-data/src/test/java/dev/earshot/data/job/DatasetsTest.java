package dev.earshot.data.job;

import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.spatialize.ReceiverKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetsTest {
    @Test
    void formatsResolveByName() {
        for (String n : Datasets.FORMATS) {
            assertEquals(n, Datasets.format(n).name());
        }
    }

    @Test
    void unknownFormatListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.format("wav"));
        assertTrue(e.getMessage().contains("spatialsoundqa"), e.getMessage());
    }

    @Test
    void dissePresetUsesTheCentredTetrahedralArrayAt48k() {
        JobSpec s = Datasets.preset("disse", "foa", 10, 1, "train");
        assertEquals(ReceiverKind.DISSE_FOA, s.render().receiver());
        assertEquals(48000, s.render().sampleRateHz());
        assertEquals(ReceiverPlacement.ROOM_CENTRE, s.scenes().placement());
        assertEquals(4.0, s.scenes().distMaxM());
        assertEquals(0.9, Datasets.preset("disse", null, 1, 1, "test").scenes().distMinM());
    }

    @Test
    void spatialAstPresetIsBinaural32kTenSeconds() {
        JobSpec s = Datasets.preset("spatial-ast", "binaural", 10, 1, "train");
        assertEquals(ReceiverKind.BINAURAL, s.render().receiver());
        assertEquals(320000, s.render().frames());
        assertEquals(10.0, s.scenes().distMaxM());
    }

    @Test
    void nativePresetTakesTheReceiver() {
        assertEquals(ReceiverKind.FOA, Datasets.preset("native", "foa", 1, 1, "train").render().receiver());
        assertThrows(IllegalArgumentException.class, () -> Datasets.preset("native", "mono", 1, 1, "train"));
    }
}
