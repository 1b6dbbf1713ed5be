package dev.earshot.data.job;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.SoundBank;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.spatialize.ReceiverKind;
import java.util.ArrayList;
import java.util.List;
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

    /** A bank of the given splits, one clip each; it never loads audio. */
    private static SoundBank bank(String... splits) {
        List<BankClip> clips = new ArrayList<>();
        for (int i = 0; i < splits.length; i++) {
            clips.add(new BankClip("k" + i, "k" + i + ".wav", List.of("c" + i), "r" + i, "CC0-1.0", splits[i]));
        }
        return new SoundBank() {
            @Override
            public List<BankClip> clips() {
                return clips;
            }

            @Override
            public AudioBuffer load(BankClip clip) {
                throw new UnsupportedOperationException("not needed");
            }
        };
    }

    private static final SoundBank TRAIN_AND_TEST = bank("train", "test", "train");

    @Test
    void aTestSetDrawsOnlyFromTheBanksTestClips() {
        JobSpec s = Datasets.withBankSplit(Datasets.preset("native", null, 10, 1, "test"), TRAIN_AND_TEST);
        assertEquals("test", s.scenes().split());
        assertEquals("test", s.split());
    }

    @Test
    void aTrainingSetDrawsOnlyFromTheBanksTrainClips() {
        assertEquals("train", Datasets.withBankSplit(Datasets.preset("native", null, 10, 1, "train"), TRAIN_AND_TEST)
                .scenes().split());
    }

    @Test
    void aValidationSplitTheBankLacksFallsBackToItsTrainClips() {
        JobSpec s = Datasets.withBankSplit(Datasets.preset("disse", null, 10, 1, "val"), TRAIN_AND_TEST);
        assertEquals("train", s.scenes().split());
        assertEquals("val", s.split(), "the dataset keeps its own split name");
    }

    @Test
    void aTestSplitTheBankLacksIsRefusedNamingTheSplitsItHas() {
        SoundBank trainOnly = bank("train", "train");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Datasets.withBankSplit(Datasets.preset("native", null, 10, 1, "test"), trainOnly));
        assertTrue(e.getMessage().contains("split 'test'") && e.getMessage().contains("[train]"), e.getMessage());
    }
}
