package dev.earshot.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.app.demo.BuiltinSounds;
import dev.earshot.app.demo.DemoScene;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Loudness;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.spatial.render.RenderOptions;
import dev.earshot.spatial.render.Renderer;
import dev.earshot.spatial.render.Renderers;
import dev.earshot.spatial.render.json.SpatialParamsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code earshot demo}: renders the built-in sounds at several places and says what it did. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Render built-in sounds at several positions (binaural, stereo, ambisonics) into a folder.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--out"}, defaultValue = "earshot-demo", paramLabel = "DIR",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--rate", defaultValue = "48000", description = "sample rate in Hz (default ${DEFAULT-VALUE})")
    int rateHz;

    /** RMS level in dBFS, shown down to -120 dB (an ambisonic channel can be exactly zero). */
    private static String level(float[] x) {
        double db = Loudness.rmsDbfs(x);
        return db < -120 ? String.format(Locale.ROOT, "%8s", "< -120") : String.format(Locale.ROOT, "%8.1f", db);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Map<String, BuiltinSounds.Sound> sounds = BuiltinSounds.all(rateHz).stream()
                .collect(Collectors.toMap(BuiltinSounds.Sound::name, Function.identity()));
        List<DemoScene> scenes = DemoScene.standard();
        o.printf(Locale.ROOT, "earshot demo: %d scenes at %d Hz (built-in MIT KEMAR HRTFs; azimuth +90 = left)%n",
                scenes.size(), rateHz);
        o.printf(Locale.ROOT, "%-26s %-8s %-6s %-44s %8s %8s%n", "file", "format", "sound", "where", "L/ch1 dB", "R/ch2 dB");
        ObjectMapper json = new ObjectMapper();
        ArrayNode manifest = json.createArrayNode();
        RenderOptions options = RenderOptions.defaults(rateHz).withReverbSeed(2024);
        for (DemoScene scene : scenes) {
            BuiltinSounds.Sound sound = sounds.get(scene.sound());
            Renderer r = Renderers.create(scene.format(), options);
            AudioBuffer rendered = r.render(sound.audio(), scene.params());
            Path file = out.resolve(scene.file());
            AudioFiles.writeWav(file, rendered, WavEncoding.PCM24);
            String l = level(rendered.channel(0));
            String rr = rendered.channels() > 1 ? level(rendered.channel(1)) : "";
            o.printf(Locale.ROOT, "%-26s %-8s %-6s %-44s %s %s%n", scene.file(),
                    scene.format().name().toLowerCase(Locale.ROOT), scene.sound(), scene.description(), l, rr);
            ObjectNode entry = manifest.addObject();
            entry.put("file", scene.file());
            entry.put("format", scene.format().name().toLowerCase(Locale.ROOT));
            entry.put("sound", scene.sound());
            entry.put("sound_description", sound.description());
            entry.put("description", scene.description());
            entry.set("params", json.readTree(SpatialParamsJson.toJson(scene.params())));
        }
        ObjectNode root = json.createObjectNode();
        root.put("earshot_version", "0.1.0");
        root.put("sample_rate_hz", rateHz);
        root.put("reverb_seed", 2024);
        root.put("convention", "azimuth deg 0=front +90=left; elevation deg +90=up; distance m");
        root.set("renders", manifest);
        AtomicFiles.write(out.resolve("manifest.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        o.printf(Locale.ROOT, "wrote %d renders and manifest.json to %s%n", scenes.size(), out.toAbsolutePath().normalize());
        o.println("listen with headphones: binaural files place the sound around your head.");
        return 0;
    }
}
