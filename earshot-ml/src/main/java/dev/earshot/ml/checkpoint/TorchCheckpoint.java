package dev.earshot.ml.checkpoint;

import dev.earshot.ml.checkpoint.PickleValues.StorageRef;
import dev.earshot.ml.checkpoint.PickleValues.TensorRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the tensors of a PyTorch {@code torch.save} file in pure Java, without Python or PyTorch.
 *
 * <p>Format (the zip serialisation torch has written since 1.6): a zip archive whose entries share one
 * top-level folder ({@code archive/} when saved to a buffer, otherwise the file's stem); {@code <prefix>/data.pkl}
 * holds a pickle (protocol 2) of the saved object, in which every tensor is
 * {@code torch._utils._rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks)}
 * and every storage a persistent id {@code ('storage', torch.FloatStorage|HalfStorage|..., key, location, numel)}
 * whose raw little-endian bytes are the entry {@code <prefix>/data/<key>}. Several tensors may view one storage
 * (offsets and strides are honoured; non-contiguous views are gathered). {@code <prefix>/byteorder}, when
 * present, must say {@code little}. The legacy (pre-1.6, tar/raw pickle) format is not supported.
 *
 * <p>Safety: the pickle is read by a restricted unpickler that never executes code and accepts only an
 * allow-list of globals; anything else (e.g. {@code os.system}) raises {@link ForbiddenGlobalException}.
 *
 * <p><b>Status:</b> this importer has been verified only on files written by a Python script that reproduces
 * torch's layout ({@code earshot-ml/src/test/python/make_checkpoint_fixtures.py}); it has not yet met a real
 * released checkpoint (Spatial-AST {@code finetuned.pth}, DSpAST stages). See {@code earshot-ml/docs/CHECKPOINTS.md}.
 */
public final class TorchCheckpoint {
    private TorchCheckpoint() {
    }

    /**
     * Reads the model weights of a checkpoint: the dict under key {@code model} (how Spatial-AST and DSpAST
     * save), else under {@code state_dict}, else the top-level dict itself when all its values are tensors.
     * Other parts of the file (optimizer state, training arguments) are parsed but their tensors not loaded.
     *
     * @param file a {@code .pth}/{@code .pt} file written by {@code torch.save}
     * @return parameter name to tensor, in the file's order
     * @throws NoSuchFileException       if the file does not exist
     * @throws ForbiddenGlobalException  if the pickle names a global outside the allow-list
     * @throws CheckpointFormatException if the file is not a torch zip archive, is truncated or corrupt, holds no
     *                                   state_dict, or a tensor does not fit its storage
     * @throws IOException               on a read error
     */
    public static Map<String, Tensor> readStateDict(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try (ZipFile zip = open(file)) {
            String prefix = prefix(file, zip);
            checkByteOrder(file, zip, prefix);
            String pklName = prefix + "data.pkl";
            Object root = RestrictedUnpickler.load(file, pklName, read(file, zip, pklName));
            Map<?, ?> dict = stateDict(file, root);
            Map<String, Integer> uses = new HashMap<>(); // storage key -> views still to read, to free bytes early
            for (Object v : dict.values()) {
                if (v instanceof TensorRef r) {
                    uses.merge(r.storage().key(), 1, Integer::sum);
                }
            }
            Map<String, ByteBuffer> storages = new HashMap<>();
            Map<String, Tensor> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : dict.entrySet()) {
                if (!(e.getKey() instanceof String name)) {
                    throw new CheckpointFormatException(file, "state_dict key " + e.getKey() + " is not a string");
                }
                if (!(e.getValue() instanceof TensorRef ref)) {
                    throw new CheckpointFormatException(file, "state_dict entry '" + name + "' is a "
                            + RestrictedUnpickler.typeName(e.getValue()) + ", expected a tensor");
                }
                ByteBuffer storage = storages.get(ref.storage().key());
                if (storage == null) {
                    storage = storage(file, zip, prefix, ref.storage());
                    storages.put(ref.storage().key(), storage);
                }
                out.put(name, materialise(file, name, ref, storage));
                if (uses.merge(ref.storage().key(), -1, Integer::sum) == 0) {
                    storages.remove(ref.storage().key());
                }
            }
            return Collections.unmodifiableMap(out);
        }
    }

    private static ZipFile open(Path file) throws CheckpointFormatException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new CheckpointFormatException(file, "not a PyTorch zip checkpoint (torch.save >= 1.6 writes a zip "
                    + "archive; the legacy format is not supported) or truncated: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CheckpointFormatException(file, "cannot open as a zip archive: " + e.getMessage(), e);
        }
    }

    private static String prefix(Path file, ZipFile zip) throws CheckpointFormatException {
        List<String> found = new ArrayList<>();
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            String n = en.nextElement().getName();
            int slash = n.indexOf('/');
            if (slash > 0 && n.substring(slash + 1).equals("data.pkl")) {
                found.add(n.substring(0, slash + 1));
            }
        }
        if (found.size() != 1) {
            throw new CheckpointFormatException(file, "expected exactly one '<prefix>/data.pkl' entry in the zip, found "
                    + found.size() + (found.isEmpty() ? " (not a torch.save archive)" : " " + found));
        }
        return found.get(0);
    }

    private static void checkByteOrder(Path file, ZipFile zip, String prefix) throws CheckpointFormatException {
        if (zip.getEntry(prefix + "byteorder") == null) {
            return; // older writers: always little-endian
        }
        String order = new String(read(file, zip, prefix + "byteorder"), StandardCharsets.US_ASCII).trim();
        if (!order.equals("little")) {
            throw new CheckpointFormatException(file, prefix + "byteorder says '" + order
                    + "', expected 'little' (big-endian checkpoints are not supported)");
        }
    }

    static byte[] read(Path file, ZipFile zip, String name) throws CheckpointFormatException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new CheckpointFormatException(file, "zip entry '" + name + "' is missing");
        }
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new CheckpointFormatException(file, "zip entry '" + name + "' cannot be read (corrupt or truncated): "
                    + ex.getMessage(), ex);
        }
    }

    private static Map<?, ?> stateDict(Path file, Object root) throws CheckpointFormatException {
        if (!(root instanceof Map<?, ?> top)) {
            throw new CheckpointFormatException(file, "data.pkl holds a " + RestrictedUnpickler.typeName(root)
                    + ", expected a dict (a state_dict, or a dict with key 'model')");
        }
        for (String key : List.of("model", "state_dict")) {
            if (top.get(key) instanceof Map<?, ?> m) {
                return m;
            }
        }
        if (!top.isEmpty() && top.values().stream().allMatch(v -> v instanceof TensorRef)) {
            return top;
        }
        throw new CheckpointFormatException(file, "no state_dict found: expected a dict under key 'model' or "
                + "'state_dict', or a dict of tensors; top-level keys are " + top.keySet());
    }

    private static ByteBuffer storage(Path file, ZipFile zip, String prefix, StorageRef s)
            throws CheckpointFormatException {
        String name = prefix + "data/" + s.key();
        byte[] b = read(file, zip, name);
        long need = s.numel() * s.type().bytes;
        if (b.length < need) {
            throw new CheckpointFormatException(file, "zip entry '" + name + "' has " + b.length + " bytes, expected "
                    + need + " (" + s.numel() + " x " + s.type().pythonName + ")");
        }
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static Tensor materialise(Path file, String name, TensorRef ref, ByteBuffer storage)
            throws CheckpointFormatException {
        int[] size = ref.size();
        long[] stride = ref.stride();
        long n = 1;
        long last = ref.offset();
        for (int d = 0; d < size.length; d++) {
            n *= size[d];
            if (size[d] > 0) {
                last += (size[d] - 1L) * stride[d];
            }
        }
        if (n > Integer.MAX_VALUE) {
            throw new CheckpointFormatException(file, "tensor '" + name + "' has " + n + " elements, too many");
        }
        if (n > 0 && (ref.offset() < 0 || last >= ref.storage().numel())) {
            throw new CheckpointFormatException(file, "tensor '" + name + "' (offset " + ref.offset() + ", size "
                    + java.util.Arrays.toString(size) + ", stride " + java.util.Arrays.toString(stride)
                    + ") reaches element " + last + " of storage '" + ref.storage().key() + "' which has "
                    + ref.storage().numel());
        }
        float[] out = new float[(int) n];
        int[] idx = new int[size.length];
        long pos = ref.offset();
        StorageType type = ref.storage().type();
        for (int i = 0; i < out.length; i++) {
            out[i] = type.read(storage, pos);
            for (int d = size.length - 1; d >= 0; d--) { // odometer over the view, last index fastest
                idx[d]++;
                pos += stride[d];
                if (idx[d] < size[d]) {
                    break;
                }
                pos -= (long) idx[d] * stride[d];
                idx[d] = 0;
            }
        }
        return new Tensor(size.clone(), out);
    }
}
