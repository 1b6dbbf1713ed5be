package dev.earshot.app.cli;

import dev.earshot.spatial.hrtf.HrtfSets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * {@code earshot warmup} (hidden): runs the render command's usual paths on a short generated file
 * (binaural with the built-in and with a SOFA file, static and moving, stereo, first-order
 * ambisonics; WAV read and write) so that the launcher can record, with
 * {@code -XX:ArchiveClassesAtExit}, the classes a render loads into a class-data-sharing archive.
 * Writes only inside a temporary folder, which it deletes.
 */
@Command(name = "warmup", hidden = true, description = "Exercise the render paths once (used to build the class-data-sharing archive).")
public final class WarmupCommand implements Callable<Integer> {
    /** Length of the generated input, seconds: long enough for two render segments at 48 kHz. */
    static final double SECONDS = 12;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("earshot-warmup");
        try {
            Path in = dir.resolve("in.wav");
            BenchCommand.writeNoise(in, Math.round(SECONDS * 48000), 48000);
            Path sofa = dir.resolve("kemar.sofa");
            try (InputStream s = HrtfSets.class.getResourceAsStream("MIT_KEMAR_normal_pinna.sofa")) {
                if (s == null) {
                    throw new IOException("built-in KEMAR SOFA resource is missing from the class path");
                }
                Files.copy(s, sofa);
            }
            Path out = dir.resolve("out.wav");
            List<List<String>> runs = List.of(
                    List.of("--az", "30", "--hrtf", sofa.toString()),
                    List.of("--az", "90", "--to-az", "-90", "--hrtf", sofa.toString()),
                    List.of("--az", "30"),
                    List.of("--format", "stereo", "--az", "30"),
                    List.of("--format", "foa", "--az", "90", "--to-az", "-90"));
            for (List<String> args : runs) {
                Stream<String> all = Stream.concat(Stream.of("render", in.toString(), "-o", out.toString(), "--quiet"),
                        args.stream());
                String[] argv = all.toArray(String[]::new);
                int code = EarshotCommand.newCommandLine(argv).execute(argv);
                if (code != 0) {
                    return code;
                }
            }
            return 0;
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
