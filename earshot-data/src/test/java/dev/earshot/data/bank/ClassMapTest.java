package dev.earshot.data.bank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassMapTest {

    @Test
    void writeThenReadGivesTheSameMap(@TempDir Path dir) throws Exception {
        ClassMap m = new ClassMap(List.of("kick", "speech"), List.of("bass drum, hits", ""));
        m.write(dir.resolve(ClassMap.FILE_NAME));
        assertEquals(m, ClassMap.read(dir.resolve(ClassMap.FILE_NAME)));
    }

    @Test
    void indexIsThePosition() {
        ClassMap m = new ClassMap(List.of("a", "b", "c"), List.of("", "", ""));
        assertEquals(Optional.of(2), m.indexOf("c"));
        assertEquals(Optional.empty(), m.indexOf("d"));
    }

    @Test
    void indexColumnOutOfOrderNamesTheRow() {
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> ClassMap.parse("index,name,description\n0,a,\n2,b,\n", null));
        assertEquals("index", e.field());
        assertTrue(e.item().startsWith("row 2"), e.item());
    }

    @Test
    void repeatedClassIsRejected() {
        assertThrows(BankFormatException.class, () -> ClassMap.parse("index,name,description\n0,a,\n1,a,\n", null));
    }
}
