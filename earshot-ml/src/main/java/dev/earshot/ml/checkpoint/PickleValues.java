package dev.earshot.ml.checkpoint;

import java.util.List;

/** The values the restricted unpickler builds besides strings, numbers, lists and maps. */
final class PickleValues {
    private PickleValues() {
    }

    /** A Python tuple (kept apart from lists so that argument lists can be checked). */
    record Tuple(List<Object> items) {
    }

    /** A reference to an allow-listed global, resolved by name only. */
    record Global(String module, String name) {
        String qualified() {
            return module + "." + name;
        }
    }

    /** A storage named by the pickle's persistent id: {@code ('storage', type, key, location, numel)}. */
    record StorageRef(StorageType type, String key, String location, long numel) {
    }

    /** A tensor view onto a storage, as {@code torch._utils._rebuild_tensor_v2} describes it; read lazily. */
    record TensorRef(StorageRef storage, long offset, int[] size, long[] stride) {
    }

    /**
     * An object of an inert allow-listed class (e.g. {@code argparse.Namespace} in the training arguments
     * saved next to the weights): its class, constructor arguments and state, kept as data only.
     */
    record InertObject(Global type, Object args, Object state) {
    }
}
