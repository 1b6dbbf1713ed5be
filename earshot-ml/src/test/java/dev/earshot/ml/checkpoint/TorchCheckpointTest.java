package dev.earshot.ml.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against files written by src/test/python/make_checkpoint_fixtures.py in torch.save's exact layout. */
class TorchCheckpointTest {
    static Path resource(String name) {
        try {
            return Path.of(TorchCheckpointTest.class.getResource("/checkpoint/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expected() throws IOException {
        return new ObjectMapper().readTree(resource("basic_expected.json").toFile());
    }

    private static void assertTensor(JsonNode e, Tensor t, String key) {
        int[] shape = new int[e.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = e.get("shape").get(i).asInt();
        }
        assertArrayEquals(shape, t.shape(), key + " shape");
        float[] data = new float[e.get("bits").size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = Float.intBitsToFloat((int) e.get("bits").get(i).asLong());
        }
        assertArrayEquals(data, t.data(), 0f, key + " data");
    }

    @Test
    void readsModelStateDictInFileOrder() throws IOException {
        Map<String, Tensor> sd = TorchCheckpoint.readStateDict(resource("basic.pth"));
        List<String> keys = new ArrayList<>();
        expected().fieldNames().forEachRemaining(keys::add);
        assertEquals(keys, new ArrayList<>(sd.keySet()));
    }

    @Test
    void everyTensorMatchesNumpyValues() throws IOException {
        Map<String, Tensor> sd = TorchCheckpoint.readStateDict(resource("basic.pth"));
        JsonNode exp = expected();
        for (Iterator<String> it = exp.fieldNames(); it.hasNext();) {
            String key = it.next();
            assertTensor(exp.get(key), sd.get(key), key);
        }
    }

    @Test
    void protocol4PickleGivesTheSameTensors() throws IOException {
        assertEquals(TorchCheckpoint.readStateDict(resource("basic.pth")),
                TorchCheckpoint.readStateDict(resource("basic_protocol4.pth")));
    }

    @Test
    void nonContiguousTransposedViewIsGathered() throws IOException {
        Tensor t = TorchCheckpoint.readStateDict(resource("basic.pth")).get("a.transposed");
        assertArrayEquals(new int[] {4, 3}, t.shape());
        assertTensor(expected().get("a.transposed"), t, "a.transposed");
    }

    @Test
    void twoViewsOfOneSharedStorageHonourOffsetAndStride() throws IOException {
        Map<String, Tensor> sd = TorchCheckpoint.readStateDict(resource("basic.pth"));
        assertTensor(expected().get("shared.first"), sd.get("shared.first"), "shared.first");
        assertTensor(expected().get("shared.second"), sd.get("shared.second"), "shared.second");
    }

    @Test
    void halfBfloat16DoubleAndLongConvert() throws IOException {
        Map<String, Tensor> sd = TorchCheckpoint.readStateDict(resource("basic.pth"));
        assertEquals(Float.POSITIVE_INFINITY, sd.get("half").data()[4]);
        assertEquals(1e30f, sd.get("bf16").data()[3], 1e30f * 0.01f);
        assertArrayEquals(new int[0], sd.get("bn.num_batches_tracked").shape());
        assertEquals(7f, sd.get("bn.num_batches_tracked").data()[0]);
    }

    @Test
    void bareStateDictWithFileStemPrefixIsRead() throws IOException {
        Map<String, Tensor> sd = TorchCheckpoint.readStateDict(resource("plain.pth"));
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5}, sd.get("x").data());
        assertArrayEquals(new int[] {2, 3}, sd.get("x").shape());
    }

    @Test
    void osSystemGlobalIsRefusedAndNamed() {
        ForbiddenGlobalException e = assertThrows(ForbiddenGlobalException.class,
                () -> TorchCheckpoint.readStateDict(resource("malicious.pth")));
        assertEquals("system", e.name());
        assertTrue(e.module().equals("posix") || e.module().equals("os"), e.module());
        assertTrue(e.getMessage().contains("malicious.pth") && e.getMessage().contains("system"), e.getMessage());
    }

    @Test
    void osSystemThroughStackGlobalIsRefused() {
        ForbiddenGlobalException e = assertThrows(ForbiddenGlobalException.class,
                () -> TorchCheckpoint.readStateDict(resource("malicious_protocol4.pth")));
        assertEquals("system", e.name());
    }

    @Test
    void truncatedArchiveIsAFormatError() {
        CheckpointFormatException e = assertThrows(CheckpointFormatException.class,
                () -> TorchCheckpoint.readStateDict(resource("truncated.pth")));
        assertTrue(e.getMessage().contains("truncated.pth"), e.getMessage());
    }

    @Test
    void nonZipFileIsAFormatError() {
        CheckpointFormatException e = assertThrows(CheckpointFormatException.class,
                () -> TorchCheckpoint.readStateDict(resource("not_a_zip.pth")));
        assertTrue(e.getMessage().contains("zip"), e.getMessage());
    }

    @Test
    void storageEntryShorterThanItsNumelIsNamed() {
        CheckpointFormatException e = assertThrows(CheckpointFormatException.class,
                () -> TorchCheckpoint.readStateDict(resource("short_storage.pth")));
        assertTrue(e.getMessage().contains("archive/data/0") && e.getMessage().contains("48"), e.getMessage());
    }

    @Test
    void viewPastTheEndOfItsStorageIsNamed() {
        CheckpointFormatException e = assertThrows(CheckpointFormatException.class,
                () -> TorchCheckpoint.readStateDict(resource("view_out_of_range.pth")));
        assertTrue(e.getMessage().contains("'w'"), e.getMessage());
    }

    @Test
    void bigEndianArchiveIsRefused() {
        CheckpointFormatException e = assertThrows(CheckpointFormatException.class,
                () -> TorchCheckpoint.readStateDict(resource("big_endian.pth")));
        assertTrue(e.getMessage().contains("byteorder"), e.getMessage());
    }

    @Test
    void truncatedPickleIsAFormatError() {
        CheckpointFormatException e = assertThrows(CheckpointFormatException.class,
                () -> TorchCheckpoint.readStateDict(resource("truncated_pickle.pth")));
        assertTrue(e.getMessage().contains("data.pkl"), e.getMessage());
    }

    @Test
    void missingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> TorchCheckpoint.readStateDict(Path.of("/nonexistent/x.pth")));
    }

    @Test
    void halfToFloatIsExactOnSubnormalsAndSpecials() {
        assertEquals(0x1p-24f, StorageType.halfToFloat((short) 0x0001));
        assertEquals(65504f, StorageType.halfToFloat((short) 0x7bff));
        assertEquals(-0f, StorageType.halfToFloat((short) 0x8000));
        assertTrue(Float.isNaN(StorageType.halfToFloat((short) 0x7e00)));
    }
}
