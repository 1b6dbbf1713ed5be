package dev.earshot.app.cli;

import java.lang.reflect.Constructor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine;

/**
 * Creates commands, converters and option collections for picocli, as its default factory does
 * (no-argument constructors, also non-public ones; the usual implementation for a collection or
 * map interface) but without that factory's start-up probe for Groovy: a {@code Class.forName}
 * that fails only after opening every jar on the class path (about 200, so 0.3-1 s of CPU in
 * every process).
 */
final class CommandFactory implements CommandLine.IFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <K> K create(Class<K> cls) throws Exception {
        if (cls.isInterface()) {
            Object c = collection(cls);
            if (c != null) {
                return (K) c;
            }
        }
        Constructor<K> ctor = cls.getDeclaredConstructor();
        ctor.setAccessible(true);
        return ctor.newInstance();
    }

    /** The implementation picocli's default factory picks for a collection or map interface, or null. */
    private static Object collection(Class<?> cls) {
        if (SortedSet.class.isAssignableFrom(cls) || NavigableSet.class.isAssignableFrom(cls)) {
            return new TreeSet<>();
        }
        if (Set.class.isAssignableFrom(cls)) {
            return new LinkedHashSet<>();
        }
        if (Deque.class.isAssignableFrom(cls) || Queue.class.isAssignableFrom(cls)) {
            return new ArrayDeque<>();
        }
        if (List.class.isAssignableFrom(cls) || cls == Collection.class) {
            return new ArrayList<>();
        }
        if (SortedMap.class.isAssignableFrom(cls) || NavigableMap.class.isAssignableFrom(cls)) {
            return new TreeMap<>();
        }
        if (Map.class.isAssignableFrom(cls)) {
            return new LinkedHashMap<>();
        }
        return null;
    }
}
