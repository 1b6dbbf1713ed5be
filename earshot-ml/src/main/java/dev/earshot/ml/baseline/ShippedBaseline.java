package dev.earshot.ml.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ml.perception.PerceptionFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The classical baseline shipped with Earshot: fitted parameters in the class path resource
 * {@value #PARAMETERS} and a {@value #MANIFEST} saying how they were made (data, seeds, command, SHA-256 of the
 * parameter file). Used by {@code earshot analyze} when no neural model is given or shipped.
 */
public final class ShippedBaseline {
    /** Class path resource of the fitted parameters ({@link ClassicalBaseline#save} format). */
    public static final String PARAMETERS = "/dev/earshot/ml/baseline/shipped/classical-baseline.json";
    /** Class path resource of the manifest. */
    public static final String MANIFEST = "/dev/earshot/ml/baseline/shipped/manifest.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ShippedBaseline() {
    }

    /**
     * Whether this build ships fitted parameters.
     *
     * @return true if both resources are on the class path
     */
    public static boolean present() {
        return ShippedBaseline.class.getResource(PARAMETERS) != null
                && ShippedBaseline.class.getResource(MANIFEST) != null;
    }

    /**
     * Loads the shipped baseline, checking the parameter file against the manifest's SHA-256.
     *
     * @param doa the DOA estimator to use (e.g. {@link ClassicalDoaEstimator#kemar()})
     * @return the baseline, or empty if this build ships none
     * @throws PerceptionFormatException if a resource is malformed or the hash differs (names the resource)
     * @throws UncheckedIOException      if a resource cannot be read
     */
    public static Optional<ClassicalBaseline> load(ClassicalDoaEstimator doa) {
        if (!present()) {
            return Optional.empty();
        }
        byte[] params = bytes(PARAMETERS);
        String want = manifest().path("parameters_sha256").asText("");
        String got = sha256(params);
        if (!got.equals(want)) {
            throw new PerceptionFormatException(MANIFEST + ": field \"parameters_sha256\": expected " + got
                    + " (the SHA-256 of " + PARAMETERS + "), got \"" + want + "\"");
        }
        try {
            return Optional.of(ClassicalBaseline.fromJsonNode(MAPPER.readTree(params), PARAMETERS, doa));
        } catch (IOException e) {
            throw new PerceptionFormatException(PARAMETERS + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The manifest: {@code data} (how the training set was simulated), {@code fit} (command and seed),
     * {@code classes}, {@code parameters_sha256}, and test figures where measured.
     *
     * @return the parsed manifest
     * @throws PerceptionFormatException if the build ships none or it is not JSON
     */
    public static JsonNode manifest() {
        if (ShippedBaseline.class.getResource(MANIFEST) == null) {
            throw new PerceptionFormatException(MANIFEST + ": not on the class path; this build ships no baseline");
        }
        try {
            return MAPPER.readTree(bytes(MANIFEST));
        } catch (IOException e) {
            throw new PerceptionFormatException(MANIFEST + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * SHA-256 of bytes as lower-case hex.
     *
     * @param b the bytes
     * @return 64 hex digits
     */
    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ShippedBaseline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PerceptionFormatException(resource + ": not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
    }
}
