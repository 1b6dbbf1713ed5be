package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JVM options a benchmark child inherits from the benchmarking JVM. */
class ProcessTimerTest {
    @Test
    void heapSharingArchiveLoggingAndPropertiesAreKeptAgentsAndArchiveDumpsDropped() {
        List<String> in = List.of("-Xlog:disable", "-Xmx2g", "-XX:SharedArchiveFile=/a.jsa", "-javaagent:/x.jar",
                "-XX:ArchiveClassesAtExit=/b.jsa", "-Dfoo=1", "-Djava.awt.headless=true", "-agentlib:jdwp=x");
        assertEquals(List.of("-Xlog:disable", "-Xmx2g", "-XX:SharedArchiveFile=/a.jsa", "-Dfoo=1", "-Djava.awt.headless=true"),
                ProcessTimer.jvmOptions(in));
    }

    @Test
    void withoutOptionsTheChildGetsFourGigabytesAndHeadless() {
        assertEquals(List.of("-Xmx4g", "-Djava.awt.headless=true"), ProcessTimer.jvmOptions(List.of()));
    }

    @Test
    void renderOptionsKeepOnlyTheXxWordsOfTheLaunchersProperty() {
        assertEquals(List.of("-XX:-UseOnStackReplacement", "-XX:+UseSerialGC"),
                ProcessTimer.renderOptions(" -XX:-UseOnStackReplacement  -cp /evil.jar -XX:+UseSerialGC "));
        assertEquals(List.of(), ProcessTimer.renderOptions(null));
        assertEquals(List.of(), ProcessTimer.renderOptions(""));
    }
}
