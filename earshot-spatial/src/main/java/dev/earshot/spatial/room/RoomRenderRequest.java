package dev.earshot.spatial.room;

import dev.earshot.spatial.geom.Vec3;

/**
 * What {@code earshot room} asks for: a shoebox room with uniform broadband absorption, given either
 * as the absorption coefficient or as a target RT60, a source, a receiver and the kind of receiver.
 * Every check names the option that carries the value.
 *
 * @param dimensionsM    room size x, y, z in metres ({@code --dims}), each in [1, 200]
 * @param absorption     energy absorption of every wall in (0, 1] ({@code --absorption}), or null when
 *                       {@code rt60S} is given
 * @param rt60S          target reverberation time in seconds ({@code --rt60}), or null when
 *                       {@code absorption} is given
 * @param rt60Formula    how a target RT60 is turned into absorption (inverse Sabine or Eyring)
 * @param sourceM        source position in room coordinates ({@code --source}), metres
 * @param receiverM      receiver position in room coordinates ({@code --receiver}), metres
 * @param receiverYawDeg receiver orientation about +z in degrees (0 faces +x, +90 faces +y)
 * @param receiverType   the receiver ({@code --receiver-type})
 * @param sampleRateHz   sample rate in Hz ({@code --fs}), in [8000, 192000]
 * @param seed           seed of the diffuse tail ({@code --seed})
 */
public record RoomRenderRequest(Vec3 dimensionsM, Double absorption, Double rt60S, ReverbFormula rt60Formula,
                                Vec3 sourceM, Vec3 receiverM, double receiverYawDeg, ReceiverType receiverType,
                                int sampleRateHz, long seed) {

    /**
     * Validates.
     *
     * @throws RoomInputException naming the option of the first bad value: a dimension outside
     *                            [1, 200] m, neither or both of absorption and RT60, absorption outside
     *                            (0, 1], an RT60 that is not positive or too short for the room, a source
     *                            or receiver outside the walls (or closer than 5 cm to one), source and
     *                            receiver at the same point, a sample rate out of range, a missing value
     */
    public RoomRenderRequest {
        if (dimensionsM == null) {
            throw new RoomInputException("--dims", "the room size x,y,z in metres is required");
        }
        double[] d = {dimensionsM.x(), dimensionsM.y(), dimensionsM.z()};
        for (int i = 0; i < 3; i++) {
            if (!(d[i] >= 1 && d[i] <= 200)) {
                throw new RoomInputException("--dims", "room dimension " + "xyz".charAt(i)
                        + " must be in [1, 200] m, got " + d[i]);
            }
        }
        if ((absorption == null) == (rt60S == null)) {
            throw new RoomInputException("--absorption", "give exactly one of --absorption and --rt60");
        }
        if (absorption != null && !(absorption > 0 && absorption <= 1)) {
            throw new RoomInputException("--absorption", "wall absorption must be in (0, 1], got " + absorption);
        }
        if (rt60S != null) {
            if (!(rt60S > 0 && rt60S <= 30)) {
                throw new RoomInputException("--rt60", "RT60 must be in (0, 30] s, got " + rt60S);
            }
            if (rt60Formula == null) {
                throw new RoomInputException("--rt60", "an inversion formula (Sabine or Eyring) is required");
            }
            try {
                RoomSpec.uniformAlphaFor(dimensionsM, rt60S, rt60Formula);
            } catch (IllegalArgumentException e) {
                throw new RoomInputException("--rt60", e.getMessage());
            }
        }
        checkInside("--source", sourceM, d);
        checkInside("--receiver", receiverM, d);
        if (sourceM.minus(receiverM).norm() < 1e-3) {
            throw new RoomInputException("--receiver", "source and receiver must be at least 1 mm apart, both at "
                    + xyz(sourceM));
        }
        if (!Double.isFinite(receiverYawDeg)) {
            throw new RoomInputException("--receiver-yaw", "must be finite, got " + receiverYawDeg);
        }
        if (receiverType == null) {
            throw new RoomInputException("--receiver-type", "expected one of omni, binaural, foa, aformat");
        }
        if (sampleRateHz < 8000 || sampleRateHz > 192000) {
            throw new RoomInputException("--fs", "sample rate must be in [8000, 192000] Hz, got " + sampleRateHz);
        }
    }

    /**
     * Builds a request from the raw {@code earshot room} option values (receiver yaw 0; a target RT60
     * is inverted with Eyring's formula, which the simulator's diffuse tail follows).
     *
     * @param dims         {@code --dims} text {@code X,Y,Z}
     * @param absorption   {@code --absorption}, or null
     * @param rt60S        {@code --rt60} in seconds, or null
     * @param source       {@code --source} text {@code x,y,z}
     * @param receiver     {@code --receiver} text {@code x,y,z}
     * @param receiverType {@code --receiver-type} text
     * @param sampleRateHz {@code --fs}
     * @param seed         {@code --seed}
     * @return the validated request
     * @throws RoomInputException naming the first bad option
     */
    public static RoomRenderRequest fromOptions(String dims, Double absorption, Double rt60S, String source,
                                                String receiver, String receiverType, int sampleRateHz, long seed) {
        return new RoomRenderRequest(RoomRender.parseXyz("--dims", dims), absorption, rt60S, ReverbFormula.EYRING,
                RoomRender.parseXyz("--source", source), RoomRender.parseXyz("--receiver", receiver), 0,
                ReceiverType.parse(receiverType), sampleRateHz, seed);
    }

    private static void checkInside(String option, Vec3 p, double[] d) {
        if (p == null) {
            throw new RoomInputException(option, "the position x,y,z in metres is required");
        }
        double[] c = {p.x(), p.y(), p.z()};
        double m = RoomSpec.WALL_MARGIN_M;
        for (int i = 0; i < 3; i++) {
            if (!(c[i] >= m && c[i] <= d[i] - m)) {
                throw new RoomInputException(option, "position " + xyz(p) + " is outside the room " + d[0] + " x "
                        + d[1] + " x " + d[2] + " m: " + "xyz".charAt(i) + " must be in [" + m + ", "
                        + (d[i] - m) + "] (at least " + m + " m from the walls)");
            }
        }
    }

    private static String xyz(Vec3 p) {
        return p.x() + "," + p.y() + "," + p.z();
    }

    /** @return the uniform wall absorption: the given one, or the inverted RT60 */
    public double alpha() {
        return absorption != null ? absorption : RoomSpec.uniformAlphaFor(dimensionsM, rt60S, rt60Formula);
    }

    /** @return the room specification */
    public RoomSpec toRoomSpec() {
        return new RoomSpec(dimensionsM, WallAbsorption.uniform(alpha()), sourceM, receiverM, receiverYawDeg);
    }
}
