package dev.earshot.spatial.hrtf;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import io.jhdf.HdfFile;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads AES69 SOFA files of the {@code SimpleFreeFieldHRIR} convention into {@link HrtfSet}s
 * (pure Java, on jHDF).
 *
 * <p>What is read: {@code Data.IR} [M,R,N] with R = 2 (receiver 0 = left ear, 1 = right ear),
 * {@code Data.SamplingRate} (hertz), {@code SourcePosition} [M,3] or [1,3] (spherical degree/degree/metre
 * or cartesian metres), {@code ListenerPosition}, {@code ListenerView} and {@code ListenerUp} when
 * present (a non-default listener position or orientation is converted into head coordinates, with a
 * note), {@code Data.Delay} [1,R] or [M,R] in whole samples (applied by prepending zeros, so every
 * returned impulse response is N + max(delay) taps long) and the global attributes.
 *
 * <p>SOFA's spherical azimuth runs counter-clockwise from the front, i.e. +90 = left, which is
 * Earshot's convention; cartesian positions (x front, y left, z up) likewise need no flip.
 *
 * <p>Other conventions that carry the same variables (e.g. {@code GeneralFIR}) are read as well; the
 * set's attributes then carry a {@value #NOTES_ATTRIBUTE} entry saying so. Frequency-domain or
 * second-order-section conventions and data types other than FIR are rejected.
 *
 * <p>Every problem is a {@link SofaFormatException} whose message names the file, the variable or
 * attribute, and what was expected.
 */
public final class SofaReader {
    /** Attribute key under which the reader records its notes (conversions, assumptions). */
    public static final String NOTES_ATTRIBUTE = "EarshotReaderNotes";
    /** The SOFA convention this reader is written for. */
    public static final String CONVENTION = "SimpleFreeFieldHRIR";

    private static final System.Logger LOG = System.getLogger(SofaReader.class.getName());
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final int MAX_DELAY_SAMPLES = 1 << 20;

    private SofaReader() {
    }

    /**
     * Reads a SOFA file.
     *
     * @param file the .sofa file
     * @return the HRTF set, named after the file name, directions in Earshot's convention
     * @throws NoSuchFileException  if the file does not exist
     * @throws SofaFormatException  if it is not an HDF5 file or not a usable SimpleFreeFieldHRIR file
     * @throws IOException          on other read errors
     */
    public static HrtfSet read(Path file) throws IOException {
        String shown = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(shown, null, "no such SOFA file");
        }
        if (!hasHdf5Signature(file)) {
            throw new SofaFormatException(shown, "file", "is not an HDF5 file (no HDF5 signature found); "
                    + "expected an AES69 SOFA file, which is HDF5 (netCDF-4)");
        }
        try (HdfFile hdf = new HdfFile(file)) {
            return read(hdf, shown, file.getFileName().toString());
        } catch (HdfException e) {
            throw new SofaFormatException(shown, "file", "the HDF5 library could not read it (" + e.getMessage()
                    + "); expected a readable AES69 SOFA (HDF5) file", e);
        }
    }

    /**
     * Reads a SOFA file held in memory (for example a resource).
     *
     * @param bytes the file's content
     * @param name  a name for messages and for the set
     * @return the HRTF set
     * @throws SofaFormatException if the content is not a usable SimpleFreeFieldHRIR file
     */
    static HrtfSet read(byte[] bytes, String name) throws SofaFormatException {
        if (!startsWithSignature(ByteBuffer.wrap(bytes))) {
            throw new SofaFormatException(name, "file", "is not an HDF5 file; expected an AES69 SOFA file");
        }
        try (HdfFile hdf = HdfFile.fromBytes(bytes)) {
            return read(hdf, name, name);
        } catch (HdfException e) {
            throw new SofaFormatException(name, "file", "the HDF5 library could not read it (" + e.getMessage()
                    + "); expected a readable AES69 SOFA (HDF5) file", e);
        }
    }

    private static HrtfSet read(HdfFile hdf, String shown, String setName) throws SofaFormatException {
        SofaFile f = new SofaFile(hdf, shown);
        List<String> notes = new ArrayList<>();
        checkConventions(f, notes);

        // Data.IR [M, R, N]
        String irShape = "shape [M, R=2, N] (measurements, receivers left/right, taps)";
        SofaFile.Variable ir = f.numeric("Data.IR", irShape);
        int[] s = ir.shape();
        if (s.length != 3) {
            throw f.error("Data.IR", "has rank " + s.length + " " + Arrays.toString(s) + "; expected " + irShape);
        }
        int m = s[0];
        int r = s[1];
        int n = s[2];
        if (r != 2) {
            throw f.error("Data.IR", "has R = " + r + " receivers " + Arrays.toString(s)
                    + "; expected R = 2 (index 0 = left ear, 1 = right ear)");
        }
        if (m <= 0) {
            throw f.error("Data.IR", "has M = 0 measurements; expected at least one");
        }
        if (n <= 0) {
            throw f.error("Data.IR", "has N = 0 taps; expected impulse responses of at least one sample");
        }

        int rate = samplingRate(f, m);

        // positions and listener frame
        SofaGeometry.Rows srcRows = SofaGeometry.readRows(f, "SourcePosition", m, null, null);
        Vec3[] src = srcRows.cartesian();
        Vec3[] lpos = f.has("ListenerPosition")
                ? SofaGeometry.read(f, "ListenerPosition", m, "cartesian", null) : new Vec3[] {Vec3.ZERO};
        Vec3[] view = f.has("ListenerView")
                ? SofaGeometry.read(f, "ListenerView", m, "cartesian", null) : new Vec3[] {new Vec3(1, 0, 0)};
        Vec3[] up = f.has("ListenerUp")
                ? SofaGeometry.read(f, "ListenerUp", m, "cartesian", "ListenerView") : new Vec3[] {new Vec3(0, 0, 1)};
        boolean moved = !isZero(lpos);
        boolean turned = !isAlong(view, new Vec3(1, 0, 0)) || !isAlong(up, new Vec3(0, 0, 1));
        if (moved) {
            notes.add("source positions taken relative to a non-zero ListenerPosition");
        }
        if (turned) {
            notes.add("source positions rotated into the head frame of a non-default ListenerView/ListenerUp");
        }
        List<Direction> dirs = new ArrayList<>(m);
        double[] dist = new double[m];
        for (int i = 0; i < m; i++) {
            if (!moved && !turned && srcRows.spherical() != null) {
                // already head-related spherical coordinates: keep the file's angles exactly
                double[] sp = srcRows.spherical()[pick(src, i)];
                if (sp[2] <= 0) {
                    throw f.error("SourcePosition", "radius " + sp[2] + " m in row " + pick(src, i)
                            + "; expected sources at a distance > 0 m");
                }
                dirs.add(new Direction(sp[0], sp[1]));
                dist[i] = sp[2];
                continue;
            }
            Vec3 rel = src[pick(src, i)].minus(lpos[pick(lpos, i)]);
            Vec3 local = toHead(f, rel, view[pick(view, i)], up[pick(up, i)], i);
            dist[i] = local.norm();
            if (dist[i] < 1e-9) {
                throw f.error("SourcePosition", "measurement " + i + " lies at the listener's position; "
                        + "expected sources at a distance > 0 m");
            }
            dirs.add(Direction.of(local));
        }

        // Data.Delay [1,R] or [M,R], whole samples
        int[][] delay = delays(f, m);
        int maxDelay = 0;
        for (int[] row : delay) {
            maxDelay = Math.max(maxDelay, Math.max(row[0], row[1]));
        }
        float[][] left = new float[m][n + maxDelay];
        float[][] right = new float[m][n + maxDelay];
        double[] x = ir.values();
        for (int i = 0; i < m; i++) {
            int[] d = delay[delay.length == 1 ? 0 : i];
            for (int k = 0; k < n; k++) {
                left[i][d[0] + k] = (float) x[(i * 2) * n + k];
                right[i][d[1] + k] = (float) x[(i * 2 + 1) * n + k];
            }
        }
        if (maxDelay > 0) {
            notes.add("Data.Delay applied by prepending up to " + maxDelay + " zero samples");
        }

        Map<String, String> attrs = new LinkedHashMap<>(f.globalAttributes());
        if (!notes.isEmpty()) {
            attrs.put(NOTES_ATTRIBUTE, String.join("; ", notes));
            for (String note : notes) {
                LOG.log(System.Logger.Level.INFO, shown + ": " + note);
            }
        }
        return new HrtfSet(setName, rate, dirs, dist, left, right, attrs);
    }

    private static void checkConventions(SofaFile f, List<String> notes) throws SofaFormatException {
        String conv = f.attribute(null, "Conventions");
        if (conv == null || !conv.strip().equals("SOFA")) {
            throw f.error("Conventions", (conv == null ? "global attribute is missing" : "is \"" + conv + "\"")
                    + "; expected \"SOFA\" (an AES69 file)");
        }
        String sc = f.attribute(null, "SOFAConventions");
        String expected = "expected \"" + CONVENTION + "\" (or another FIR convention with Data.IR [M,R,N], "
                + "e.g. GeneralFIR)";
        if (sc == null) {
            throw f.error("SOFAConventions", "global attribute is missing; " + expected);
        }
        String name = sc.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("tf") || lower.contains("hrtf") || lower.contains("sos") || lower.endsWith("-e")
                || lower.contains("fire")) {
            throw f.error("SOFAConventions", "is \"" + name + "\", which is not stored as one FIR filter per "
                    + "measurement and receiver; " + expected);
        }
        String dataType = f.attribute(null, "DataType");
        if (dataType != null && !dataType.strip().equals("FIR")) {
            throw f.error("DataType", "is \"" + dataType + "\"; expected \"FIR\"");
        }
        if (!name.equals(CONVENTION)) {
            if (!f.has("Data.IR")) {
                throw f.error("SOFAConventions", "is \"" + name + "\" and Data.IR is missing; " + expected);
            }
            notes.add("file declares SOFAConventions \"" + name + "\"; read as " + CONVENTION
                    + " (same variables)");
        }
    }

    private static int samplingRate(SofaFile f, int m) throws SofaFormatException {
        String shape = "one positive rate in hertz, shape [1] (or [M] all equal)";
        String units = f.attribute("Data.SamplingRate", "Units");
        if (units != null) {
            String u = units.strip().toLowerCase(Locale.ROOT);
            if (!u.equals("hertz") && !u.equals("hz")) {
                throw f.error("Data.SamplingRate:Units", "is \"" + units + "\"; expected \"hertz\"");
            }
        }
        SofaFile.Variable v = f.numeric("Data.SamplingRate", shape);
        double[] vals = v.values();
        if (vals.length != 1 && vals.length != m) {
            throw f.error("Data.SamplingRate", "has " + vals.length + " values; expected " + shape);
        }
        double rate = vals[0];
        for (double r : vals) {
            if (r != rate) {
                throw f.error("Data.SamplingRate", "varies between measurements (" + rate + " and " + r
                        + " Hz); expected one rate for the whole set");
            }
        }
        if (!(rate > 0)) {
            throw f.error("Data.SamplingRate", "is " + rate + "; expected a positive rate in hertz");
        }
        if (rate != Math.rint(rate) || rate > Integer.MAX_VALUE) {
            throw f.error("Data.SamplingRate", "is " + rate + "; expected a whole number of hertz");
        }
        return (int) rate;
    }

    private static int[][] delays(SofaFile f, int m) throws SofaFormatException {
        if (!f.has("Data.Delay")) {
            return new int[][] {{0, 0}};
        }
        String shape = "shape [1,2] or [M,2] of whole, non-negative sample counts";
        SofaFile.Variable v = f.numeric("Data.Delay", shape);
        int[] s = v.shape();
        if (s.length != 2 || s[1] != 2 || (s[0] != 1 && s[0] != m)) {
            throw f.error("Data.Delay", "has shape " + Arrays.toString(s) + "; expected " + shape);
        }
        int[][] out = new int[s[0]][2];
        for (int i = 0; i < s[0]; i++) {
            for (int e = 0; e < 2; e++) {
                double d = v.values()[2 * i + e];
                if (d < 0 || d != Math.rint(d) || d > MAX_DELAY_SAMPLES) {
                    throw f.error("Data.Delay", "value " + d + " at [" + i + ", " + e + "]; expected "
                            + "whole samples in 0.." + MAX_DELAY_SAMPLES + " (fractional delays are not supported)");
                }
                out[i][e] = (int) d;
            }
        }
        return out;
    }

    private static Vec3 toHead(SofaFile f, Vec3 rel, Vec3 view, Vec3 up, int i) throws SofaFormatException {
        double vn = view.norm();
        if (vn < 1e-12) {
            throw f.error("ListenerView", "is the zero vector for measurement " + i + "; expected a direction");
        }
        Vec3 fwd = view.times(1 / vn);
        Vec3 u = up.minus(fwd.times(up.dot(fwd)));
        if (u.norm() < 1e-9) {
            throw f.error("ListenerUp", "is zero or parallel to ListenerView for measurement " + i
                    + "; expected a vector perpendicular to ListenerView");
        }
        u = u.normalized();
        Vec3 leftAxis = u.cross(fwd);
        return new Vec3(rel.dot(fwd), rel.dot(leftAxis), rel.dot(u));
    }

    private static int pick(Vec3[] rows, int i) {
        return rows.length == 1 ? 0 : i;
    }

    private static boolean isZero(Vec3[] rows) {
        for (Vec3 v : rows) {
            if (v.norm() > 1e-9) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlong(Vec3[] rows, Vec3 axis) {
        for (Vec3 v : rows) {
            double nrm = v.norm();
            if (nrm == 0 || v.dot(axis) / nrm < 1 - 1e-9) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasHdf5Signature(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate(HDF5_SIGNATURE.length);
            for (long off = 0; off + HDF5_SIGNATURE.length <= size; off = off == 0 ? 512 : off * 2) {
                buf.clear();
                ch.read(buf, off);
                buf.flip();
                if (startsWithSignature(buf)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean startsWithSignature(ByteBuffer b) {
        if (b.remaining() < HDF5_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < HDF5_SIGNATURE.length; i++) {
            if (b.get(b.position() + i) != HDF5_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
