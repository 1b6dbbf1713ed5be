package dev.earshot.spatial.room;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Room-acoustic figures of a rendered impulse response, for {@code earshot room --json}.
 *
 * <p>Decay times, DRR and C50 are measured ({@link RoomAnalysis}) on the analysis signal: the omni
 * channel, the W channel of FOA, the W channel of the A-format array converted to B-format
 * ({@link TetrahedralArrayReceiver#toBFormat}), or for binaural each ear separately and averaged (in
 * milliseconds or dB). A figure that cannot be measured (the decay never falls 35 dB, no reverberant
 * energy) is NaN, written as JSON {@code null}. Sabine and Eyring are the predictions for the room at
 * 1 kHz without air absorption.
 *
 * @param t30Ms          T30 in milliseconds (fit -5..-35 dB)
 * @param t20Ms          T20 in milliseconds (fit -5..-25 dB)
 * @param edtMs          early decay time in milliseconds (fit 0..-10 dB)
 * @param drrDb          direct-to-reverberant ratio in dB
 * @param c50Db          clarity C50 in dB
 * @param rt60SabineMs   Sabine's RT60 in milliseconds
 * @param rt60EyringMs   Eyring's RT60 in milliseconds
 * @param alpha          the uniform wall absorption used
 * @param receiverType   the receiver
 * @param sampleRateHz   sample rate in Hz
 * @param channels       number of channels of the response
 * @param lengthS        length of the response in seconds
 * @param imageSources   number of image sources rendered
 * @param seed           seed of the diffuse tail
 */
public record RoomReport(double t30Ms, double t20Ms, double edtMs, double drrDb, double c50Db, double rt60SabineMs,
                         double rt60EyringMs, double alpha, ReceiverType receiverType, int sampleRateHz, int channels,
                         double lengthS, int imageSources, long seed) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The report as one JSON object with snake_case keys ({@code t30_ms}, {@code t20_ms}, {@code edt_ms},
     * {@code drr_db}, {@code c50_db}, {@code rt60_sabine_ms}, {@code rt60_eyring_ms}, {@code alpha},
     * {@code receiver_type}, {@code fs}, {@code channels}, {@code length_s}, {@code image_sources},
     * {@code seed}); non-finite numbers are {@code null}.
     *
     * @return the JSON text, one line
     */
    public String toJson() {
        ObjectNode o = MAPPER.createObjectNode();
        put(o, "t30_ms", t30Ms);
        put(o, "t20_ms", t20Ms);
        put(o, "edt_ms", edtMs);
        put(o, "drr_db", drrDb);
        put(o, "c50_db", c50Db);
        put(o, "rt60_sabine_ms", rt60SabineMs);
        put(o, "rt60_eyring_ms", rt60EyringMs);
        put(o, "alpha", alpha);
        o.put("receiver_type", receiverType.optionName());
        o.put("fs", sampleRateHz);
        o.put("channels", channels);
        put(o, "length_s", lengthS);
        o.put("image_sources", imageSources);
        o.put("seed", seed);
        return o.toString();
    }

    private static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
