package dev.earshot.spatial.osc;

import com.illposed.osc.OSCMessage;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.Keyframe;
import dev.earshot.spatial.render.SpatialParams;
import java.util.ArrayList;
import java.util.List;

/**
 * How one OSC host wants source parameters: which messages, and in which angle convention.
 *
 * <p>Conversion from Earshot (azimuth degrees, 0 = front, +90 = left, elevation +up): the azimuth is
 * negated when {@code azimuthClockwise} (then +90 = right), wrapped to (-180, 180], and converted to
 * {@code angleUnit}; elevation and spread are converted to {@code angleUnit}; distance is in metres.
 *
 * @param name             preset name, not blank
 * @param messages         the messages sent for each update, in order, at least one
 * @param azimuthClockwise true if the host's azimuth grows clockwise seen from above (+90 = right)
 * @param angleUnit        unit of the angles sent
 */
public record OscPreset(String name, List<OscMessageTemplate> messages, boolean azimuthClockwise, AngleUnit angleUnit) {

    /** Angle units. */
    public enum AngleUnit {
        /** Degrees. */
        DEGREES,
        /** Radians. */
        RADIANS
    }

    /**
     * FLUX:: SPAT Revolution: {@code /source/N/azim}, {@code /source/N/elev}, {@code /source/N/dist}
     * (N 1-based), degrees and metres. SPAT (IRCAM Spat lineage) measures azimuth clockwise from the
     * front (+90 = right), so the Earshot azimuth is negated. Check the host's own OSC monitor if a
     * session is set to another convention.
     */
    public static final OscPreset SPAT_REVOLUTION = new OscPreset("spat-revolution", List.of(
            OscMessageTemplate.of("/source/{n}/azim", OscQuantity.AZIMUTH),
            OscMessageTemplate.of("/source/{n}/elev", OscQuantity.ELEVATION),
            OscMessageTemplate.of("/source/{n}/dist", OscQuantity.DISTANCE)), true, AngleUnit.DEGREES);

    /**
     * IEM Plug-in Suite StereoEncoder ({@code /StereoEncoder/azimuth}, {@code /StereoEncoder/elevation}):
     * ambisonic convention, +azimuth = left, degrees in [-180, 180]; no distance (the plug-in has none).
     * One encoder instance per source, so the source number does not appear in the address.
     */
    public static final OscPreset IEM_STEREO_ENCODER = new OscPreset("iem-stereoencoder", List.of(
            OscMessageTemplate.of("/StereoEncoder/azimuth", OscQuantity.AZIMUTH),
            OscMessageTemplate.of("/StereoEncoder/elevation", OscQuantity.ELEVATION)), false, AngleUnit.DEGREES);

    /**
     * IEM MultiEncoder: parameters {@code azimuthI}, {@code elevationI} with a 0-based input index I
     * ({@code /MultiEncoder/azimuth0} for source 1), +azimuth = left, degrees.
     */
    public static final OscPreset IEM_MULTI_ENCODER = new OscPreset("iem-multiencoder", List.of(
            OscMessageTemplate.of("/MultiEncoder/azimuth{i}", OscQuantity.AZIMUTH),
            OscMessageTemplate.of("/MultiEncoder/elevation{i}", OscQuantity.ELEVATION)), false, AngleUnit.DEGREES);

    /**
     * Generic Earshot address space, Earshot's own convention (+azimuth = left, degrees, metres):
     * {@code /earshot/source/N/aed az el dist}, plus {@code /earshot/source/N/spread},
     * {@code .../gain} (dB) and {@code .../wet} when full parameters are sent.
     */
    public static final OscPreset EARSHOT = new OscPreset("earshot", List.of(
            OscMessageTemplate.of("/earshot/source/{n}/aed", OscQuantity.AZIMUTH, OscQuantity.ELEVATION,
                    OscQuantity.DISTANCE),
            OscMessageTemplate.of("/earshot/source/{n}/spread", OscQuantity.SPREAD),
            OscMessageTemplate.of("/earshot/source/{n}/gain", OscQuantity.GAIN_DB),
            OscMessageTemplate.of("/earshot/source/{n}/wet", OscQuantity.WET)), false, AngleUnit.DEGREES);

    /** @throws IllegalArgumentException if a field is missing */
    public OscPreset {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("preset name must not be blank");
        }
        if (messages == null || messages.isEmpty()) {
            throw new IllegalArgumentException("preset " + name + " needs at least one message");
        }
        if (angleUnit == null) {
            throw new IllegalArgumentException("preset " + name + ": angleUnit is required");
        }
        messages = List.copyOf(messages);
    }

    /**
     * The built-in preset with a name.
     *
     * @param presetName one of spat-revolution, iem-stereoencoder, iem-multiencoder, earshot (case-insensitive)
     * @return the preset
     * @throws IllegalArgumentException listing the known names if there is none by that name
     */
    public static OscPreset named(String presetName) {
        for (OscPreset p : List.of(SPAT_REVOLUTION, IEM_STEREO_ENCODER, IEM_MULTI_ENCODER, EARSHOT)) {
            if (p.name().equalsIgnoreCase(presetName == null ? "" : presetName.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown OSC preset '" + presetName
                + "', expected one of spat-revolution, iem-stereoencoder, iem-multiencoder, earshot");
    }

    /**
     * The messages for a source position; messages that need more than a position are left out.
     *
     * @param sourceNumber 1-based source number
     * @param position     where the source is
     * @return OSC messages in preset order
     */
    public List<OSCMessage> messages(int sourceNumber, Keyframe position) {
        return build(sourceNumber, position, null);
    }

    /**
     * The messages for all of a source's parameters at a time.
     *
     * @param sourceNumber 1-based source number
     * @param params       the source parameters
     * @param timeS        time on the source trajectory, seconds
     * @return OSC messages in preset order
     */
    public List<OSCMessage> messages(int sourceNumber, SpatialParams params, double timeS) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        return build(sourceNumber, params.trajectory().at(timeS), params);
    }

    /**
     * An Earshot azimuth in this preset's convention.
     *
     * @param earshotAzimuthDeg azimuth in degrees, +left
     * @return the host's azimuth value
     */
    public double azimuthOut(double earshotAzimuthDeg) {
        double a = Direction.wrapDeg(azimuthClockwise ? -earshotAzimuthDeg : earshotAzimuthDeg);
        return angleOut(a);
    }

    private double angleOut(double deg) {
        return angleUnit == AngleUnit.RADIANS ? Math.toRadians(deg) : deg;
    }

    private List<OSCMessage> build(int sourceNumber, Keyframe k, SpatialParams p) {
        if (sourceNumber < 1) {
            throw new IllegalArgumentException("sourceNumber is 1-based, got " + sourceNumber);
        }
        if (k == null) {
            throw new IllegalArgumentException("position is required");
        }
        List<OSCMessage> out = new ArrayList<>(messages.size());
        for (OscMessageTemplate t : messages) {
            if (p == null && !t.isPositionOnly()) {
                continue;
            }
            List<Object> args = new ArrayList<>(t.arguments().size());
            for (OscQuantity q : t.arguments()) {
                double v = switch (q) {
                    case AZIMUTH -> azimuthOut(k.direction().azimuthDeg());
                    case ELEVATION -> angleOut(k.direction().elevationDeg());
                    case DISTANCE -> k.distanceM();
                    case SPREAD -> angleOut(p.spreadDeg());
                    case GAIN_DB -> p.gainDb();
                    case WET -> p.wetMix();
                };
                args.add((float) v);
            }
            out.add(new OSCMessage(t.address(sourceNumber), args));
        }
        return out;
    }
}
