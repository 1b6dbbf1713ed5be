package dev.earshot.spatial.room;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Vec3;
import java.util.List;

/**
 * The DISSE tetrahedral A-format array (SPEC.md section 4.1): four first-order cardioid capsules
 * ({@code 0.5 + 0.5 cos(theta)}, pyroomacoustics {@code CardioidFamily(p=0.5, gain=1)}) on a sphere of
 * radius 5 cm, each pointing outwards, at the receiver-frame positions
 * {@code m0 = r(+1,+1,+1)/sqrt3}, {@code m1 = r(+1,-1,-1)/sqrt3}, {@code m2 = r(-1,+1,-1)/sqrt3},
 * {@code m3 = r(-1,-1,+1)/sqrt3} (x front, y left, z up). Every capsule gets its own arrival time
 * and {@code 1/r} from its own position (air absorption is taken from the array centre). The diffuse
 * tail is a first-order diffuse field sampled by the four cardioids, so the capsules are correlated as
 * in a real diffuse field: each receives 1/3 of the omni energy.
 *
 * <p>{@link #toBFormat(AudioBuffer)} applies the DISSE A-to-B matrix exactly:
 * {@code W=(m0+m1+m2+m3)/2, X=(m0+m1-m2-m3)/2, Y=(m0-m1+m2-m3)/2, Z=(m0-m1-m2+m3)/2}, output order
 * W, Y, Z, X. For an ideal coincident array and a plane wave from unit direction d this gives
 * {@code W = 1} and {@code (X, Y, Z) = d / sqrt(3)} (first order at 1/sqrt3 of SN3D).
 */
public final class TetrahedralArrayReceiver implements RoomReceiver {
    /** Capsule distance from the array centre, metres. */
    public static final double RADIUS_M = 0.05;
    private static final double INV_SQRT3 = 1 / Math.sqrt(3);
    /** Capsule directions (outward unit vectors) m0..m3 in the receiver frame. */
    public static final List<Vec3> CAPSULE_DIRECTIONS = List.of(
            new Vec3(INV_SQRT3, INV_SQRT3, INV_SQRT3),
            new Vec3(INV_SQRT3, -INV_SQRT3, -INV_SQRT3),
            new Vec3(-INV_SQRT3, INV_SQRT3, -INV_SQRT3),
            new Vec3(-INV_SQRT3, -INV_SQRT3, INV_SQRT3));

    /** Creates the array. */
    public TetrahedralArrayReceiver() {
        // stateless
    }

    /** @return 4 (capsules m0..m3) */
    @Override
    public int channelCount() {
        return 4;
    }

    /** Adds the image at each capsule with that capsule's delay, spreading and cardioid gain. */
    @Override
    public void addImage(ImageSource image, ArrivalSink sink) {
        double[] amp = image.amplitudeByBand();
        double[] g = new double[amp.length];
        for (int i = 0; i < 4; i++) {
            Vec3 u = CAPSULE_DIRECTIONS.get(i);
            Vec3 rel = image.relativePositionM().minus(u.times(RADIUS_M));
            double d = rel.norm();
            double cardioid = 0.5 + 0.5 * rel.dot(u) / d;
            double scale = cardioid * image.distanceM() / d;
            for (int b = 0; b < amp.length; b++) {
                g[b] = amp[b] * scale;
            }
            sink.addImpulse(i, d / RoomSpec.SPEED_OF_SOUND_MPS, g);
        }
    }

    /**
     * @return {@code [4][4]}: capsule i = 0.5 W + 0.5 u_i . (X, Y, Z) with independent diffuse
     *         components W (variance 1) and X, Y, Z (variance 1/3 each)
     */
    @Override
    public double[][] diffuseMixing() {
        double[][] m = new double[4][4];
        for (int i = 0; i < 4; i++) {
            Vec3 u = CAPSULE_DIRECTIONS.get(i);
            m[i][0] = 0.5;
            m[i][1] = 0.5 * u.x() * INV_SQRT3;
            m[i][2] = 0.5 * u.y() * INV_SQRT3;
            m[i][3] = 0.5 * u.z() * INV_SQRT3;
        }
        return m;
    }

    /**
     * The DISSE A-format to B-format conversion (SPEC.md 4.1), sample by sample.
     *
     * @param aFormat 4 channels m0..m3
     * @return 4 channels in the order W, Y, Z, X, same sample rate and length
     * @throws IllegalArgumentException if the input does not have 4 channels
     */
    public static AudioBuffer toBFormat(AudioBuffer aFormat) {
        if (aFormat.channels() != 4) {
            throw new IllegalArgumentException("A-format needs 4 channels (m0..m3), got " + aFormat.channels());
        }
        int n = aFormat.frames();
        float[] m0 = aFormat.channel(0);
        float[] m1 = aFormat.channel(1);
        float[] m2 = aFormat.channel(2);
        float[] m3 = aFormat.channel(3);
        float[][] b = new float[4][n];
        for (int i = 0; i < n; i++) {
            b[0][i] = (m0[i] + m1[i] + m2[i] + m3[i]) / 2;
            b[1][i] = (m0[i] - m1[i] + m2[i] - m3[i]) / 2;
            b[2][i] = (m0[i] - m1[i] - m2[i] + m3[i]) / 2;
            b[3][i] = (m0[i] + m1[i] - m2[i] - m3[i]) / 2;
        }
        return new AudioBuffer(b, aFormat.sampleRateHz());
    }
}
