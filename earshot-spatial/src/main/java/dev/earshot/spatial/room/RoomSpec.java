package dev.earshot.spatial.room;

import dev.earshot.spatial.geom.Vec3;

/**
 * A shoebox room with one source and one receiver, in room coordinates (a corner at the origin, the
 * room spans {@code [0, Lx] x [0, Ly] x [0, Lz]} metres, axes oriented like Earshot's frame: x front,
 * y left, z up).
 *
 * @param dimensionsM    length x (front-back), width y and height z in metres, each in [1, 200]
 * @param absorption     wall absorption (broadband or per octave band)
 * @param sourceM        source position in room coordinates, at least {@link #WALL_MARGIN_M} from every wall
 * @param receiverM      receiver position in room coordinates, at least {@link #WALL_MARGIN_M} from every wall
 * @param receiverYawDeg receiver orientation about +z in degrees: 0 faces +x, +90 faces +y (left)
 */
public record RoomSpec(Vec3 dimensionsM, WallAbsorption absorption, Vec3 sourceM, Vec3 receiverM,
                       double receiverYawDeg) {
    /** Speed of sound used throughout the room model, m/s. */
    public static final double SPEED_OF_SOUND_MPS = 343.0;
    /** The Sabine constant 0.161 s/m (= 24 ln 10 / c, rounded as in the textbook formula). */
    public static final double SABINE_CONSTANT = 0.161;
    /** Minimum distance of the source and the receiver from every wall, metres. */
    public static final double WALL_MARGIN_M = 0.05;
    /** The band reported by the single-number RT60 predictions: 1 kHz (index 3). */
    public static final int MID_BAND = 3;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a dimension is outside [1, 200] m, a position is outside the
     *                                  room or closer than {@link #WALL_MARGIN_M} to a wall, source and
     *                                  receiver coincide, or the yaw is not finite
     */
    public RoomSpec {
        if (dimensionsM == null || absorption == null || sourceM == null || receiverM == null) {
            throw new IllegalArgumentException("RoomSpec fields must not be null");
        }
        double[] d = {dimensionsM.x(), dimensionsM.y(), dimensionsM.z()};
        String[] names = {"x (length)", "y (width)", "z (height)"};
        for (int i = 0; i < 3; i++) {
            if (!(d[i] >= 1 && d[i] <= 200)) {
                throw new IllegalArgumentException("room dimension " + names[i] + " must be in [1, 200] m, got " + d[i]);
            }
        }
        checkInside("sourceM", sourceM, d);
        checkInside("receiverM", receiverM, d);
        if (sourceM.minus(receiverM).norm() < 1e-3) {
            throw new IllegalArgumentException("source and receiver must be at least 1 mm apart, got "
                    + sourceM + " and " + receiverM);
        }
        if (!Double.isFinite(receiverYawDeg)) {
            throw new IllegalArgumentException("receiverYawDeg must be finite, got " + receiverYawDeg);
        }
    }

    private static void checkInside(String field, Vec3 p, double[] d) {
        double[] c = {p.x(), p.y(), p.z()};
        for (int i = 0; i < 3; i++) {
            if (!(c[i] >= WALL_MARGIN_M && c[i] <= d[i] - WALL_MARGIN_M)) {
                throw new IllegalArgumentException(field + " " + p + " must lie inside the room " + "[0, "
                        + d[0] + "] x [0, " + d[1] + "] x [0, " + d[2] + "] at least " + WALL_MARGIN_M
                        + " m from every wall (axis " + "xyz".charAt(i) + ")");
            }
        }
    }

    /**
     * A room with the same broadband absorption on all walls, chosen to give a target RT60.
     *
     * @param dimensionsM    room dimensions in metres
     * @param rt60S          target reverberation time in seconds
     * @param formula        Sabine or Eyring inversion
     * @param sourceM        source position
     * @param receiverM      receiver position
     * @param receiverYawDeg receiver yaw in degrees
     * @return the room
     * @throws IllegalArgumentException if no absorption in [0, 1) gives that RT60 (see {@link #uniformAlphaFor})
     */
    public static RoomSpec fromTargetRt60(Vec3 dimensionsM, double rt60S, ReverbFormula formula, Vec3 sourceM,
                                          Vec3 receiverM, double receiverYawDeg) {
        double alpha = uniformAlphaFor(dimensionsM, rt60S, formula);
        return new RoomSpec(dimensionsM, WallAbsorption.uniform(alpha), sourceM, receiverM, receiverYawDeg);
    }

    /**
     * Inverse Sabine / inverse Eyring without air absorption: the uniform absorption giving an RT60.
     * Sabine: {@code alpha = 0.161 V / (S T)}; Eyring: {@code alpha = 1 - exp(-0.161 V / (S T))}.
     *
     * @param dimensionsM room dimensions in metres (all positive)
     * @param rt60S       target RT60 in seconds, positive
     * @param formula     which formula to invert
     * @return the energy absorption coefficient
     * @throws IllegalArgumentException if the RT60 is not positive or the required alpha is not below 1
     */
    public static double uniformAlphaFor(Vec3 dimensionsM, double rt60S, ReverbFormula formula) {
        if (!(rt60S > 0) || Double.isInfinite(rt60S)) {
            throw new IllegalArgumentException("rt60S must be positive and finite, got " + rt60S);
        }
        double v = dimensionsM.x() * dimensionsM.y() * dimensionsM.z();
        double s = 2 * (dimensionsM.x() * dimensionsM.y() + dimensionsM.x() * dimensionsM.z()
                + dimensionsM.y() * dimensionsM.z());
        double k = SABINE_CONSTANT * v / (s * rt60S);
        double alpha = formula == ReverbFormula.SABINE ? k : 1 - Math.exp(-k);
        if (!(alpha < 1)) {
            throw new IllegalArgumentException("rt60S " + rt60S + " s is too short for a room of " + dimensionsM
                    + " with " + formula + ": it needs alpha " + alpha + " >= 1");
        }
        return alpha;
    }

    /** @return the volume in cubic metres */
    public double volumeM3() {
        return dimensionsM.x() * dimensionsM.y() * dimensionsM.z();
    }

    /** @return the total wall surface in square metres */
    public double surfaceM2() {
        return 2 * (dimensionsM.x() * dimensionsM.y() + dimensionsM.x() * dimensionsM.z()
                + dimensionsM.y() * dimensionsM.z());
    }

    /** @return the floor area Lx * Ly in square metres */
    public double floorAreaM2() {
        return dimensionsM.x() * dimensionsM.y();
    }

    /**
     * @param wall a wall
     * @return its area in square metres
     */
    public double wallAreaM2(Wall wall) {
        return switch (wall.axis()) {
            case 0 -> dimensionsM.y() * dimensionsM.z();
            case 1 -> dimensionsM.x() * dimensionsM.z();
            default -> dimensionsM.x() * dimensionsM.y();
        };
    }

    /**
     * @param band band index 0..6
     * @return the equivalent absorption area {@code A = sum S_w alpha_w} in square metres
     */
    public double absorptionAreaM2(int band) {
        double a = 0;
        for (Wall w : Wall.values()) {
            a += wallAreaM2(w) * absorption.alpha(w, band);
        }
        return a;
    }

    /**
     * @param band band index 0..6
     * @return the surface-weighted mean absorption coefficient
     */
    public double meanAlpha(int band) {
        return absorptionAreaM2(band) / surfaceM2();
    }

    /**
     * Sabine's prediction {@code T = 0.161 V / (A + 4 m V)}.
     *
     * @param band band index 0..6
     * @param air  air absorption, or null to leave the {@code 4 m V} term out
     * @return RT60 in seconds (infinite for a rigid room without air absorption)
     */
    public double sabineRt60S(int band, AirAbsorption air) {
        return SABINE_CONSTANT * volumeM3() / (absorptionAreaM2(band) + airTerm(band, air));
    }

    /**
     * Eyring's prediction {@code T = 0.161 V / (-S ln(1 - mean alpha) + 4 m V)}.
     *
     * @param band band index 0..6
     * @param air  air absorption, or null to leave the {@code 4 m V} term out
     * @return RT60 in seconds (infinite for a rigid room without air absorption)
     */
    public double eyringRt60S(int band, AirAbsorption air) {
        return SABINE_CONSTANT * volumeM3() / (-surfaceM2() * Math.log(1 - meanAlpha(band)) + airTerm(band, air));
    }

    /** @return Sabine's RT60 in seconds in the 1 kHz band without air absorption */
    public double sabineRt60S() {
        return sabineRt60S(MID_BAND, null);
    }

    /** @return Eyring's RT60 in seconds in the 1 kHz band without air absorption */
    public double eyringRt60S() {
        return eyringRt60S(MID_BAND, null);
    }

    private double airTerm(int band, AirAbsorption air) {
        return air == null ? 0 : 4 * air.energyCoefficientPerM(OctaveBands.centerHz(band)) * volumeM3();
    }

    /** @return the source-receiver distance in metres */
    public double sourceDistanceM() {
        return sourceM.minus(receiverM).norm();
    }

    /**
     * @param newSourceM a new source position
     * @return a copy with the source moved
     */
    public RoomSpec withSource(Vec3 newSourceM) {
        return new RoomSpec(dimensionsM, absorption, newSourceM, receiverM, receiverYawDeg);
    }

    /**
     * @param newReceiverM a new receiver position
     * @param newYawDeg    a new receiver yaw in degrees
     * @return a copy with the receiver moved and turned
     */
    public RoomSpec withReceiver(Vec3 newReceiverM, double newYawDeg) {
        return new RoomSpec(dimensionsM, absorption, sourceM, newReceiverM, newYawDeg);
    }

    /**
     * @param newAbsorption new wall absorption
     * @return a copy with other walls
     */
    public RoomSpec withAbsorption(WallAbsorption newAbsorption) {
        return new RoomSpec(dimensionsM, newAbsorption, sourceM, receiverM, receiverYawDeg);
    }

    /**
     * Converts a room-coordinate vector into the receiver's frame (rotation about z by minus the yaw).
     *
     * @param roomVector a vector in room coordinates
     * @return the same vector in the receiver's frame (x front, y left, z up)
     */
    public Vec3 toReceiverFrame(Vec3 roomVector) {
        double yaw = Math.toRadians(receiverYawDeg);
        double c = Math.cos(yaw);
        double s = Math.sin(yaw);
        return new Vec3(c * roomVector.x() + s * roomVector.y(), -s * roomVector.x() + c * roomVector.y(),
                roomVector.z());
    }
}
