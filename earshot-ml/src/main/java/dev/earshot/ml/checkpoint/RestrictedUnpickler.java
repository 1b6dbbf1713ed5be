package dev.earshot.ml.checkpoint;

import dev.earshot.ml.checkpoint.PickleValues.Global;
import dev.earshot.ml.checkpoint.PickleValues.InertObject;
import dev.earshot.ml.checkpoint.PickleValues.StorageRef;
import dev.earshot.ml.checkpoint.PickleValues.TensorRef;
import dev.earshot.ml.checkpoint.PickleValues.Tuple;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A restricted pickle reader for the {@code data.pkl} of a {@code torch.save} archive (protocol 2, and the
 * few protocol 4 opcodes newer writers may use). It never executes anything: GLOBAL resolves only names on an
 * allow-list (torch's tensor/storage rebuild functions and storage classes, {@code collections.OrderedDict},
 * and inert data classes kept as {@link InertObject}); any other global stops the read with
 * {@link ForbiddenGlobalException}. Tensors come back as lazy {@link TensorRef}s.
 */
final class RestrictedUnpickler {
    private static final Set<String> INERT = Set.of(
            "argparse.Namespace", "numpy.dtype", "numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar");
    private static final Set<String> FUNCTIONS = Set.of(
            "collections.OrderedDict", "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor",
            "torch._utils._rebuild_parameter", "_codecs.encode");
    private static final Object MARK = new Object() {
        @Override
        public String toString() {
            return "MARK";
        }
    };

    private final Path file;
    private final String entry;
    private final ByteBuffer in;
    private final List<Object> stack = new ArrayList<>();
    private final List<Integer> marks = new ArrayList<>();
    private final Map<Long, Object> memo = new HashMap<>();
    private int opAt;

    private RestrictedUnpickler(Path file, String entry, byte[] data) {
        this.file = file;
        this.entry = entry;
        this.in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Reads one pickled object.
     *
     * @param file  the checkpoint (for messages)
     * @param entry the zip entry name (for messages)
     * @param data  the pickle bytes
     * @return the object: String, Long, BigInteger, Double, Boolean, null, byte[], List, Tuple, Map
     *         (insertion-ordered), TensorRef, InertObject
     * @throws CheckpointFormatException on a forbidden global, an unknown opcode, truncation or a malformed stack
     */
    static Object load(Path file, String entry, byte[] data) throws CheckpointFormatException {
        return new RestrictedUnpickler(file, entry, data).run();
    }

    private CheckpointFormatException bad(String what) {
        return new CheckpointFormatException(file, entry + " at byte " + opAt + ": " + what);
    }

    private Object run() throws CheckpointFormatException {
        try {
            while (true) {
                opAt = in.position();
                int op = in.get() & 0xff;
                switch (op) {
                    case 0x80 -> { // PROTO
                        int v = in.get() & 0xff;
                        if (v > 5) {
                            throw bad("pickle protocol " + v + " is not supported (expected 2..5)");
                        }
                    }
                    case 0x95 -> in.getLong(); // FRAME: framing is transparent here
                    case '.' -> { // STOP
                        if (stack.size() != 1 || !marks.isEmpty()) {
                            throw bad("STOP with " + stack.size() + " objects on the stack, expected 1");
                        }
                        return stack.get(0);
                    }
                    case '(' -> marks.add(stack.size());
                    case '}' -> push(new LinkedHashMap<>());
                    case ']' -> push(new ArrayList<>());
                    case ')' -> push(new Tuple(List.of()));
                    case 'N' -> push(null);
                    case 0x88 -> push(Boolean.TRUE);
                    case 0x89 -> push(Boolean.FALSE);
                    case 'K' -> push((long) (in.get() & 0xff));
                    case 'M' -> push((long) (in.getShort() & 0xffff));
                    case 'J' -> push((long) in.getInt());
                    case 0x8a -> push(long1(in.get() & 0xff));
                    case 0x8b -> push(long1(checkedLength(in.getInt())));
                    case 'G' -> push(ByteBuffer.wrap(bytes(8)).order(ByteOrder.BIG_ENDIAN).getDouble());
                    case 'X' -> push(utf8(checkedLength(in.getInt())));
                    case 0x8c -> push(utf8(in.get() & 0xff));
                    case 0x8d -> push(utf8(checkedLength(Math.toIntExact(in.getLong()))));
                    case 'T' -> push(latin1(checkedLength(in.getInt())));
                    case 'U' -> push(latin1(in.get() & 0xff));
                    case 'B' -> push(bytes(checkedLength(in.getInt())));
                    case 'C' -> push(bytes(in.get() & 0xff));
                    case 0x8e -> push(bytes(checkedLength(Math.toIntExact(in.getLong()))));
                    case 'q' -> memo.put((long) (in.get() & 0xff), top());
                    case 'r' -> memo.put(in.getInt() & 0xffffffffL, top());
                    case 0x94 -> memo.put((long) memo.size(), top());
                    case 'h' -> push(memoGet(in.get() & 0xff));
                    case 'j' -> push(memoGet(in.getInt() & 0xffffffffL));
                    case 't' -> push(new Tuple(popMark()));
                    case 0x85 -> push(tuple(pop()));
                    case 0x86 -> {
                        Object b = pop();
                        Object a = pop();
                        push(tuple(a, b));
                    }
                    case 0x87 -> {
                        Object c = pop();
                        Object b = pop();
                        Object a = pop();
                        push(tuple(a, b, c));
                    }
                    case 'l' -> push(new ArrayList<>(popMark()));
                    case 'd' -> {
                        List<Object> kv = popMark();
                        Map<Object, Object> m = new LinkedHashMap<>();
                        putPairs(m, kv);
                        push(m);
                    }
                    case 'a' -> {
                        Object v = pop();
                        asList(top()).add(v);
                    }
                    case 'e' -> {
                        List<Object> items = popMark();
                        asList(top()).addAll(items);
                    }
                    case 's' -> {
                        Object v = pop();
                        Object k = pop();
                        asMap(top()).put(k, v);
                    }
                    case 'u' -> {
                        List<Object> kv = popMark();
                        putPairs(asMap(top()), kv);
                    }
                    case 'c' -> push(global(line(), line()));
                    case 0x93 -> { // STACK_GLOBAL
                        Object name = pop();
                        Object module = pop();
                        if (!(module instanceof String m) || !(name instanceof String n)) {
                            throw bad("STACK_GLOBAL expects two strings");
                        }
                        push(global(m, n));
                    }
                    case 'R' -> {
                        Object args = pop();
                        Object f = pop();
                        push(reduce(f, args));
                    }
                    case 0x81 -> { // NEWOBJ
                        Object args = pop();
                        Object cls = pop();
                        push(newObject(cls, args));
                    }
                    case 'Q' -> push(persistentLoad(pop()));
                    case 'b' -> {
                        Object state = pop();
                        build(top(), state);
                    }
                    case '0' -> pop(); // POP
                    case '2' -> push(top()); // DUP
                    case '1' -> popMark(); // POP_MARK
                    default -> throw bad(String.format("pickle opcode 0x%02x is not supported "
                            + "(not one torch.save writes)", op));
                }
            }
        } catch (java.nio.BufferUnderflowException e) {
            throw bad("truncated pickle (ran out of bytes inside an opcode or before STOP)");
        } catch (ArithmeticException | IndexOutOfBoundsException e) {
            throw bad("malformed pickle: " + e.getMessage());
        }
    }

    private static Tuple tuple(Object... items) {
        return new Tuple(java.util.Collections.unmodifiableList(java.util.Arrays.asList(items)));
    }

    private int checkedLength(int n) throws CheckpointFormatException {
        if (n < 0 || n > in.remaining()) {
            throw bad("length " + n + " runs past the end of the pickle (" + in.remaining() + " bytes left)");
        }
        return n;
    }

    private void push(Object o) {
        stack.add(o);
    }

    private Object pop() throws CheckpointFormatException {
        int floor = marks.isEmpty() ? 0 : marks.get(marks.size() - 1);
        if (stack.size() <= floor) {
            throw bad("stack underflow");
        }
        return stack.remove(stack.size() - 1);
    }

    private Object top() throws CheckpointFormatException {
        if (stack.isEmpty()) {
            throw bad("stack underflow");
        }
        return stack.get(stack.size() - 1);
    }

    private List<Object> popMark() throws CheckpointFormatException {
        if (marks.isEmpty()) {
            throw bad("no MARK on the stack");
        }
        int at = marks.remove(marks.size() - 1);
        List<Object> sub = new ArrayList<>(stack.subList(at, stack.size()));
        stack.subList(at, stack.size()).clear();
        return sub;
    }

    private Object memoGet(long i) throws CheckpointFormatException {
        if (!memo.containsKey(i)) {
            throw bad("memo index " + i + " was never stored");
        }
        return memo.get(i);
    }

    private String line() throws CheckpointFormatException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            byte b = in.get();
            if (b == '\n') {
                return sb.toString();
            }
            if (sb.length() > 256) {
                throw bad("GLOBAL name longer than 256 characters");
            }
            sb.append((char) (b & 0xff));
        }
    }

    private String utf8(int n) {
        byte[] b = bytes(n);
        return new String(b, StandardCharsets.UTF_8);
    }

    private String latin1(int n) {
        return new String(bytes(n), StandardCharsets.ISO_8859_1);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    private Object long1(int n) throws CheckpointFormatException {
        checkedLength(n);
        byte[] le = bytes(n);
        if (n == 0) {
            return 0L;
        }
        byte[] be = new byte[n];
        for (int i = 0; i < n; i++) {
            be[i] = le[n - 1 - i];
        }
        BigInteger v = new BigInteger(be);
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    @SuppressWarnings("unchecked")
    private List<Object> asList(Object o) throws CheckpointFormatException {
        if (o instanceof List<?> l && !(o instanceof Tuple)) {
            return (List<Object>) l;
        }
        throw bad("APPEND to a " + typeName(o) + ", expected a list");
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> asMap(Object o) throws CheckpointFormatException {
        if (o instanceof Map<?, ?> m) {
            return (Map<Object, Object>) m;
        }
        throw bad("SETITEM on a " + typeName(o) + ", expected a dict");
    }

    private void putPairs(Map<Object, Object> m, List<Object> kv) throws CheckpointFormatException {
        if (kv.size() % 2 != 0) {
            throw bad("odd number of items for a dict");
        }
        for (int i = 0; i < kv.size(); i += 2) {
            m.put(kv.get(i), kv.get(i + 1));
        }
    }

    private Global global(String module, String name) throws CheckpointFormatException {
        String q = module + "." + name;
        boolean storage = module.equals("torch") && StorageType.byName(name) != null;
        if (!storage && !FUNCTIONS.contains(q) && !INERT.contains(q)) {
            throw new ForbiddenGlobalException(file, entry, opAt, module, name);
        }
        return new Global(module, name);
    }

    private List<Object> args(Object args, String who) throws CheckpointFormatException {
        if (args instanceof Tuple t) {
            return t.items();
        }
        throw bad(who + " expects an argument tuple, got " + typeName(args));
    }

    private Object reduce(Object f, Object argsObj) throws CheckpointFormatException {
        if (!(f instanceof Global g)) {
            throw bad("REDUCE on a " + typeName(f) + ", expected an allow-listed global");
        }
        List<Object> a = args(argsObj, g.qualified());
        switch (g.qualified()) {
            case "collections.OrderedDict" -> {
                Map<Object, Object> m = new LinkedHashMap<>();
                if (a.size() == 1 && a.get(0) instanceof List<?> pairs) {
                    for (Object p : pairs) {
                        List<Object> kv = p instanceof Tuple t ? t.items() : List.of();
                        if (kv.size() != 2) {
                            throw bad("OrderedDict argument is not a list of pairs");
                        }
                        m.put(kv.get(0), kv.get(1));
                    }
                } else if (!a.isEmpty()) {
                    throw bad("OrderedDict called with " + a.size() + " arguments, expected none or a list of pairs");
                }
                return m;
            }
            case "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor" -> {
                if (a.size() < 4) {
                    throw bad(g.qualified() + " with " + a.size() + " arguments, expected at least 4 "
                            + "(storage, storage_offset, size, stride)");
                }
                if (!(a.get(0) instanceof StorageRef s)) {
                    throw bad(g.qualified() + ": first argument is a " + typeName(a.get(0)) + ", expected a storage");
                }
                long offset = asLong(a.get(1), "storage_offset");
                List<Object> size = args(a.get(2), "tensor size");
                List<Object> stride = args(a.get(3), "tensor stride");
                if (size.size() != stride.size()) {
                    throw bad("tensor size has " + size.size() + " dimensions but stride " + stride.size());
                }
                int[] sz = new int[size.size()];
                long[] st = new long[size.size()];
                for (int i = 0; i < sz.length; i++) {
                    sz[i] = Math.toIntExact(asLong(size.get(i), "size"));
                    st[i] = asLong(stride.get(i), "stride");
                    if (sz[i] < 0 || st[i] < 0) {
                        throw bad("negative size or stride in tensor view");
                    }
                }
                return new TensorRef(s, offset, sz, st);
            }
            case "torch._utils._rebuild_parameter" -> {
                if (a.isEmpty() || !(a.get(0) instanceof TensorRef)) {
                    throw bad("_rebuild_parameter expects a tensor as its first argument");
                }
                return a.get(0);
            }
            case "_codecs.encode" -> {
                if (a.size() != 2 || !(a.get(0) instanceof String s) || !"latin1".equals(a.get(1))) {
                    throw bad("_codecs.encode expects (str, 'latin1')");
                }
                return s.getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> {
                if (INERT.contains(g.qualified())) {
                    return new InertObject(g, argsObj, null);
                }
                throw bad("global '" + g.qualified() + "' cannot be called");
            }
        }
    }

    private Object newObject(Object cls, Object args) throws CheckpointFormatException {
        if (cls instanceof Global g && INERT.contains(g.qualified())) {
            return new InertObject(g, args, null);
        }
        throw bad("NEWOBJ of " + (cls instanceof Global g ? "'" + g.qualified() + "'" : typeName(cls))
                + ", expected an inert allow-listed class");
    }

    private void build(Object target, Object state) throws CheckpointFormatException {
        if (target instanceof Map<?, ?>) {
            return; // OrderedDict instance state (torch's _metadata): not needed, the items are what count
        }
        if (target instanceof InertObject o) {
            stack.set(stack.size() - 1, new InertObject(o.type(), o.args(), state));
            return;
        }
        throw bad("BUILD on a " + typeName(target) + ", expected an OrderedDict or an inert object");
    }

    private Object persistentLoad(Object pid) throws CheckpointFormatException {
        List<Object> t = pid instanceof Tuple tu ? tu.items() : null;
        if (t == null || t.size() != 5 || !"storage".equals(t.get(0))) {
            throw bad("persistent id " + describe(pid) + ", expected ('storage', type, key, location, numel)");
        }
        if (!(t.get(1) instanceof Global g) || !g.module().equals("torch") || StorageType.byName(g.name()) == null) {
            throw bad("persistent id storage type " + describe(t.get(1)) + ", expected a torch.*Storage class");
        }
        if (!(t.get(2) instanceof String key) || !(t.get(3) instanceof String location)) {
            throw bad("persistent id key/location must be strings");
        }
        long numel = asLong(t.get(4), "storage numel");
        if (numel < 0) {
            throw bad("negative storage size " + numel);
        }
        return new StorageRef(StorageType.byName(g.name()), key, location, numel);
    }

    private long asLong(Object o, String what) throws CheckpointFormatException {
        if (o instanceof Long l) {
            return l;
        }
        throw bad(what + " is a " + typeName(o) + ", expected an int");
    }

    private static String describe(Object o) {
        return o instanceof Tuple t ? "tuple" + t.items() : String.valueOf(o);
    }

    static String typeName(Object o) {
        if (o == null) {
            return "None";
        }
        if (o instanceof Tuple) {
            return "tuple";
        }
        if (o instanceof Global g) {
            return "global '" + g.qualified() + "'";
        }
        return o.getClass().getSimpleName();
    }
}
