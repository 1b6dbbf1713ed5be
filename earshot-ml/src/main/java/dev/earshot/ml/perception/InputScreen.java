package dev.earshot.ml.perception;

import dev.earshot.audio.AudioBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a clip before a perceiver sees it, so that no unusable input yields a silent wrong answer. Refused
 * ({@link UnusableInputException}): not exactly 2 channels (left, right), shorter than {@value #MIN_SECONDS} s,
 * any NaN or infinite sample, silence (RMS below {@value #SILENCE_DBFS} dBFS), more than
 * {@value #MAX_CLIPPED_PERCENT} % of samples at full scale (|x| >= {@value #CLIP_LEVEL}). Warned about: some clipped
 * samples below that share, a very low level (RMS below {@value #QUIET_DBFS} dBFS), a clip shorter than
 * {@value #SHORT_SECONDS} s, and left and right channels that are identical (a mono signal copied to two
 * channels carries no direction).
 */
public final class InputScreen {
    /** Shortest clip accepted, seconds (the classical front end needs one 1024-sample frame at 32 kHz). */
    public static final double MIN_SECONDS = 0.032;
    /** Clips shorter than this get a warning, seconds. */
    public static final double SHORT_SECONDS = 1.0;
    /** Sample magnitude counted as clipped. */
    public static final float CLIP_LEVEL = 0.999f;
    /** Share of clipped samples above which a clip is refused, percent. */
    public static final double MAX_CLIPPED_PERCENT = 1.0;
    /** RMS below which a clip is refused as silent, dBFS. */
    public static final double SILENCE_DBFS = -100.0;
    /** RMS below which a clip gets a low-level warning, dBFS. */
    public static final double QUIET_DBFS = -60.0;

    private InputScreen() {
    }

    /**
     * Screens a clip.
     *
     * @param audio  the clip, any sample rate
     * @param source where it came from (file name), for messages
     * @return warnings (empty if none), one sentence each
     * @throws UnusableInputException naming the source and the problem if the clip cannot be analysed
     */
    public static List<String> screen(AudioBuffer audio, String source) {
        if (audio == null) {
            throw new UnusableInputException(source + ": no audio");
        }
        if (audio.channels() != 2) {
            throw new UnusableInputException(source + ": " + audio.channels() + " channel(s); expected binaural audio "
                    + "(2 channels: left ear, right ear)" + (audio.channels() == 1
                    ? "; a mono recording carries no interaural cues, so no direction can be estimated" : ""));
        }
        double seconds = audio.durationS();
        if (seconds < MIN_SECONDS) {
            throw new UnusableInputException(String.format(Locale.ROOT,
                    "%s: %.3f s of audio (%d frames at %d Hz); expected at least %.3f s", source, seconds,
                    audio.frames(), audio.sampleRateHz(), MIN_SECONDS));
        }
        double sq = 0;
        long clipped = 0;
        long n = 0;
        boolean identical = true;
        float[] l = audio.channel(0);
        float[] r = audio.channel(1);
        for (int c = 0; c < 2; c++) {
            float[] x = audio.channel(c);
            for (int i = 0; i < x.length; i++) {
                float v = x[i];
                if (!Float.isFinite(v)) {
                    throw new UnusableInputException(String.format(Locale.ROOT,
                            "%s: sample %d of the %s channel (%.3f s) is %s; expected finite samples", source, i,
                            c == 0 ? "left" : "right", i / (double) audio.sampleRateHz(), v));
                }
                sq += (double) v * v;
                if (Math.abs(v) >= CLIP_LEVEL) {
                    clipped++;
                }
                n++;
            }
        }
        for (int i = 0; i < l.length && identical; i++) {
            identical = l[i] == r[i];
        }
        double rmsDbfs = 10 * Math.log10(Math.max(sq / n, 1e-300));
        if (rmsDbfs < SILENCE_DBFS) {
            throw new UnusableInputException(String.format(Locale.ROOT,
                    "%s: the audio is silent (RMS %s dBFS); expected a level above %.0f dBFS", source,
                    sq == 0 ? "-inf" : String.format(Locale.ROOT, "%.1f", rmsDbfs), SILENCE_DBFS));
        }
        double clippedPct = 100.0 * clipped / n;
        if (clippedPct > MAX_CLIPPED_PERCENT) {
            throw new UnusableInputException(String.format(Locale.ROOT,
                    "%s: the audio is clipped (%.1f%% of samples at full scale); expected at most %.0f%%: "
                            + "clipping distorts level and interaural cues", source, clippedPct, MAX_CLIPPED_PERCENT));
        }
        List<String> warnings = new ArrayList<>();
        if (clipped > 0) {
            warnings.add(String.format(Locale.ROOT, "%d samples (%.2f%%) are at full scale (clipped); estimates may "
                    + "be off", clipped, clippedPct));
        }
        if (rmsDbfs < QUIET_DBFS) {
            warnings.add(String.format(Locale.ROOT, "very low level (RMS %.1f dBFS, below %.0f dBFS); estimates may "
                    + "be off", rmsDbfs, QUIET_DBFS));
        }
        if (seconds < SHORT_SECONDS) {
            warnings.add(String.format(Locale.ROOT, "short clip (%.2f s); estimates are less reliable below %.0f s",
                    seconds, SHORT_SECONDS));
        }
        if (identical) {
            warnings.add("left and right channels are identical (mono copied to two channels): the direction is "
                    + "not meaningful");
        }
        return warnings;
    }
}
