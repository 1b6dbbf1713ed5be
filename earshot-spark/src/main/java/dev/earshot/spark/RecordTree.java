package dev.earshot.spark;

import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a value made of records, enums, lists, strings, boxed primitives and nulls into a tree of
 * {@link Serializable} nodes and back, exactly (doubles keep their bits). Used to ship a
 * {@link dev.earshot.data.job.JobSpec}, whose records are not {@code Serializable}, to Spark executors.
 */
final class RecordTree {
    private RecordTree() {
    }

    /** A record: its class name and the encoded values of its components in declaration order. */
    record RecordNode(String className, ArrayList<Serializable> components) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** An enum constant. */
    record EnumNode(String className, String name) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A list (decoded as an unmodifiable list). */
    record ListNode(ArrayList<Serializable> items) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * @param value the value to encode
     * @return its serializable tree
     * @throws IllegalArgumentException naming the type of a value that is none of the supported kinds
     */
    static Serializable encode(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character) {
            return (Serializable) value;
        }
        if (value instanceof Enum<?> e) {
            return new EnumNode(e.getDeclaringClass().getName(), e.name());
        }
        if (value instanceof List<?> list) {
            ArrayList<Serializable> items = new ArrayList<>(list.size());
            for (Object o : list) {
                items.add(encode(o));
            }
            return new ListNode(items);
        }
        if (value instanceof Record r) {
            RecordComponent[] rc = r.getClass().getRecordComponents();
            ArrayList<Serializable> parts = new ArrayList<>(rc.length);
            for (RecordComponent c : rc) {
                try {
                    parts.add(encode(c.getAccessor().invoke(r)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalArgumentException("cannot read component '" + c.getName() + "' of "
                            + r.getClass().getName() + ": " + e.getMessage(), e);
                }
            }
            return new RecordNode(r.getClass().getName(), parts);
        }
        throw new IllegalArgumentException("cannot encode a " + value.getClass().getName()
                + ": expected a record, enum, list, string, boxed primitive or null");
    }

    /**
     * @param tree a tree made by {@link #encode}
     * @return the value (records rebuilt through their canonical constructors, so they validate again)
     * @throws IllegalArgumentException if a class is missing or a constructor rejects the values
     */
    static Object decode(Serializable tree) {
        if (tree instanceof EnumNode e) {
            return enumConstant(load(e.className()), e.name());
        }
        if (tree instanceof ListNode l) {
            List<Object> items = new ArrayList<>(l.items().size());
            for (Serializable s : l.items()) {
                items.add(decode(s));
            }
            return java.util.Collections.unmodifiableList(items);
        }
        if (tree instanceof RecordNode n) {
            Class<?> type = load(n.className());
            RecordComponent[] rc = type.getRecordComponents();
            if (rc == null || rc.length != n.components().size()) {
                throw new IllegalArgumentException(n.className() + " is not a record with "
                        + n.components().size() + " components");
            }
            Class<?>[] types = new Class<?>[rc.length];
            Object[] args = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                args[i] = decode(n.components().get(i));
            }
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                return c.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException("cannot rebuild " + n.className() + ": "
                        + e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot rebuild " + n.className() + ": " + e, e);
            }
        }
        return tree;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        if (!type.isEnum()) {
            throw new IllegalArgumentException(type.getName() + " is not an enum");
        }
        return Enum.valueOf((Class) type, name);
    }

    private static Class<?> load(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(name, true, context != null ? context : RecordTree.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            try {
                return Class.forName(name, true, RecordTree.class.getClassLoader());
            } catch (ClassNotFoundException e2) {
                throw new IllegalArgumentException("class " + name + " is not on the class path", e2);
            }
        }
    }
}
