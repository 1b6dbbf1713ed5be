package dev.earshot.spark;

import dev.earshot.data.job.Datasets;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.scene.RoomRanges;
import dev.earshot.data.scene.SceneConfig;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.spatialize.SpatializerOptions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordTreeTest {

    static Object throughJavaSerialization(Serializable s) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(s);
        }
        try (ObjectInputStream i = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return i.readObject();
        }
    }

    @Test
    void presetSpecsSurviveSerializationUnchanged() throws Exception {
        for (String f : Datasets.FORMATS) {
            JobSpec s = Datasets.preset(f, "foa", 123, -5, "test");
            assertEquals(s, RecordTree.decode((Serializable) throughJavaSerialization(RecordTree.encode(s))), f);
        }
    }

    @Property(tries = 50)
    void everyDoubleKeepsItsBits(@ForAll @DoubleRange(min = 0.5, max = 5) double distMinM,
                                 @ForAll @DoubleRange(min = 0.01, max = 30) double clipSeconds,
                                 @ForAll @LongRange(min = Long.MIN_VALUE, max = Long.MAX_VALUE) long seed)
            throws Exception {
        RoomRanges r = new RoomRanges("X", 10, 40, -20, 20, distMinM, 10, 200, 900, 0.1, 0.9);
        SceneConfig c = new SceneConfig(1, 3, distMinM, 10, -20, 20, r, 3.0, 2.5, ReceiverPlacement.ROOM_CENTRE, "train");
        JobSpec s = new JobSpec(seed, 9, 4, c, new SpatializerOptions(ReceiverKind.FOA, 48000, clipSeconds, -14), "eval");
        JobSpec back = (JobSpec) RecordTree.decode((Serializable) throughJavaSerialization(RecordTree.encode(s)));
        assertEquals(s, back);
        assertEquals(Double.doubleToRawLongBits(clipSeconds), Double.doubleToRawLongBits(back.render().clipSeconds()));
    }

    record Holder(List<String> names, ReceiverKind kind, String none) {
    }

    @Test
    void listsEnumsAndNullsRoundTrip() {
        Holder h = new Holder(List.of("a", "b"), ReceiverKind.BINAURAL, null);
        assertEquals(h, RecordTree.decode(RecordTree.encode(h)));
    }

    @Test
    void anUnsupportedTypeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordTree.encode(Map.of("k", 1)));
        assertTrue(e.getMessage().contains("Map"), e.getMessage());
    }

    @Test
    void decodingRunsTheConstructorChecks() {
        RecordTree.RecordNode bad = (RecordTree.RecordNode) RecordTree.encode(
                new SpatializerOptions(ReceiverKind.FOA, 48000, 1.0, -14));
        bad.components().set(1, 0); // sample rate 0
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordTree.decode(bad));
        assertTrue(e.getMessage().contains("SpatializerOptions"), e.getMessage());
    }
}
