package dev.earshot.data.format.disse;

import java.util.ArrayList;
import java.util.List;

/**
 * DISSE's meta-to-language captions (SPEC.md 4.4, official {@code augment_caption}). Descriptors, each
 * chosen uniformly from its list, with no descriptor in the gaps:
 * <ul>
 *   <li>distance &lt; 1 m: near / close / nearby; &gt; 2 m: far / distant;</li>
 *   <li>azimuth (DISSE, +right) in [-35, 35]: front / in front; [55, 125]: right / to the right;
 *       [-125, -55]: left / to the left; &lt;= -145 or &gt;= 145: back / behind;</li>
 *   <li>elevation &gt; 40: up / above; &lt; -40: down / below;</li>
 *   <li>area &lt; 50 m^2: small / tiny; &gt; 100: large / spacious; otherwise mid-sized / medium;</li>
 *   <li>T30 &lt; 200 ms: acoustically dampened / dry-sounding; &gt; 1000 ms: highly reverberant / echoey.</li>
 * </ul>
 * Random draws happen in the order distance, direction, elevation, room size, reverberation, template
 * (only for non-empty bins). {@code loc} joins the non-empty distance, elevation and direction descriptors
 * (in that order) with spaces; {@code room} is "size[ reverb] room"; the template is one of
 * {@link #TEMPLATES}.
 */
public final class Captioner {
    /** The caption templates, in DISSE's order. */
    public static final List<String> TEMPLATES = List.of(
            "The sound: {orig} is coming from the {loc} of a {room}.",
            "You can hear {orig} from the {loc}, inside a {room}.",
            "The sound: {orig} originates in the {loc} of a {room}.");

    private Captioner() {
    }

    /**
     * @param orig description of the dry sound
     * @param meta the spatial metadata
     * @param rng  the choice source (a {@link PythonRandom} reproduces DISSE for the same seed)
     * @return the caption
     */
    public static String caption(String orig, CaptionMeta meta, ChoiceSource rng) {
        String distance = distance(meta.distanceM(), rng);
        String direction = direction(meta.azimuthDeg(), rng);
        String elevation = elevation(meta.elevationDeg(), rng);
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {distance, elevation, direction}) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        String loc = String.join(" ", parts);
        String room = roomSize(meta.areaM2(), rng);
        String reverb = reverberation(meta.t30Ms(), rng);
        if (!reverb.isEmpty()) {
            room = room + " " + reverb;
        }
        room = room + " room";
        String template = pick(TEMPLATES.toArray(new String[0]), rng);
        return template.replace("{orig}", orig).replace("{loc}", loc).replace("{room}", room);
    }

    static String distance(double d, ChoiceSource rng) {
        if (d < 1) {
            return pick(new String[] {"near", "close", "nearby"}, rng);
        }
        if (d > 2) {
            return pick(new String[] {"far", "distant"}, rng);
        }
        return "";
    }

    static String direction(double az, ChoiceSource rng) {
        if (az >= -35 && az <= 35) {
            return pick(new String[] {"front", "in front"}, rng);
        }
        if (az >= 55 && az <= 125) {
            return pick(new String[] {"right", "to the right"}, rng);
        }
        if (az >= -125 && az <= -55) {
            return pick(new String[] {"left", "to the left"}, rng);
        }
        if (az >= 145 || az <= -145) {
            return pick(new String[] {"back", "behind"}, rng);
        }
        return "";
    }

    static String elevation(double el, ChoiceSource rng) {
        if (el > 40) {
            return pick(new String[] {"up", "above"}, rng);
        }
        if (el < -40) {
            return pick(new String[] {"down", "below"}, rng);
        }
        return "";
    }

    static String roomSize(double area, ChoiceSource rng) {
        if (area < 50) {
            return pick(new String[] {"small", "tiny"}, rng);
        }
        if (area > 100) {
            return pick(new String[] {"large", "spacious"}, rng);
        }
        return pick(new String[] {"mid-sized", "medium"}, rng);
    }

    static String reverberation(double t30Ms, ChoiceSource rng) {
        if (t30Ms < 200) {
            return pick(new String[] {"acoustically dampened", "dry-sounding"}, rng);
        }
        if (t30Ms > 1000) {
            return pick(new String[] {"highly reverberant", "echoey"}, rng);
        }
        return "";
    }

    private static String pick(String[] options, ChoiceSource rng) {
        int i = rng.choose(options.length);
        if (i < 0 || i >= options.length) {
            throw new IllegalStateException("choice source returned " + i + " for " + options.length + " options");
        }
        return options[i];
    }
}
