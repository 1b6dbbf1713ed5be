package dev.earshot.ml.text.model;

import dev.earshot.ml.text.Cue;
import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.LexiconEntry;
import dev.earshot.ml.text.LexiconMatch;
import dev.earshot.ml.text.Motion;
import dev.earshot.ml.text.RuleParser;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.ml.text.SpatialLexicon;
import java.util.List;

/**
 * Lexicon cue features: the {@link RuleParser}'s predictions and confidences, one-hot direction cues
 * (eight 45-degree sectors centred on 0, 45, ..., Earshot convention), motion cues, which kinds of cue
 * occur, script flags (Hangul, Latin). {@link #DIMENSION} values, each in [-1, 1] or a small log ratio.
 *
 * <p>Layout: 0-1 sin/cos of the rule start azimuth, 2-3 of the end azimuth, 4 its confidence,
 * 5-6 start/end elevation / 60 deg, 7 confidence, 8-9 ln(start/end distance / 2 m), 10 confidence,
 * 11-12 spread / 120 deg and confidence, 13-14 wet and confidence, 15-16 gain / 6 dB and confidence,
 * 17 moving, 18 movement confidence, 19-26 any direction word per sector, 27-34 the first direction
 * word's sector, 35-41 motion kinds ({@link Motion} order), 42-50 cue kinds present ({@link Cue}
 * order), 51 Hangul present, 52 Latin letters present, 53 log1p(number of lexicon matches) / 3,
 * 54 an upward elevation word, 55 a downward one.
 */
final class CueFeatures {

    /** Number of features. */
    static final int DIMENSION = 56;

    private final SpatialLexicon lexicon;
    private final RuleParser rules;

    /** @param lexicon the lexicon @param rules a parser over the same lexicon */
    CueFeatures(SpatialLexicon lexicon, RuleParser rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    /** @return the parser whose output enters the features */
    RuleParser rules() {
        return rules;
    }

    /**
     * Writes the features of a text.
     *
     * @param text   the text (null = empty)
     * @param parsed the rule parser's reading of the same text
     * @param out    destination
     * @param offset first index written
     */
    void features(String text, SpatialIntent parsed, float[] out, int offset) {
        List<LexiconMatch> matches = lexicon.match(text == null ? "" : text);
        float[] f = new float[DIMENSION];
        double a0 = Math.toRadians(parsed.startAzimuthDeg());
        double a1 = Math.toRadians(parsed.endAzimuthDeg());
        f[0] = (float) Math.sin(a0);
        f[1] = (float) Math.cos(a0);
        f[2] = (float) Math.sin(a1);
        f[3] = (float) Math.cos(a1);
        f[4] = (float) parsed.confidence(IntentField.AZIMUTH);
        f[5] = (float) (parsed.startElevationDeg() / 60);
        f[6] = (float) (parsed.endElevationDeg() / 60);
        f[7] = (float) parsed.confidence(IntentField.ELEVATION);
        f[8] = (float) Math.log(parsed.distanceM() / 2);
        f[9] = (float) Math.log(parsed.endDistanceM() / 2);
        f[10] = (float) parsed.confidence(IntentField.DISTANCE);
        f[11] = (float) (parsed.spreadDeg() / 120);
        f[12] = (float) parsed.confidence(IntentField.SPREAD);
        f[13] = (float) parsed.wetMix();
        f[14] = (float) parsed.confidence(IntentField.WET);
        f[15] = (float) (parsed.gainDb() / 6);
        f[16] = (float) parsed.confidence(IntentField.GAIN);
        f[17] = parsed.moving() ? 1 : 0;
        f[18] = (float) parsed.confidence(IntentField.MOVEMENT);
        boolean first = true;
        for (LexiconMatch m : matches) {
            for (LexiconEntry e : m.entries()) {
                f[42 + e.cue().ordinal()] = 1;
                switch (e.cue()) {
                    case AZIMUTH -> {
                        int sector = sector(e.value());
                        f[19 + sector] = 1;
                        if (first) {
                            f[27 + sector] = 1;
                            first = false;
                        }
                    }
                    case MOTION -> {
                        try {
                            f[35 + Motion.valueOf(e.label()).ordinal()] = 1;
                        } catch (IllegalArgumentException ignored) {
                            // a label outside Motion carries no motion feature
                        }
                    }
                    case ELEVATION -> {
                        if (e.value() > 0) {
                            f[54] = 1;
                        } else if (e.value() < 0) {
                            f[55] = 1;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        String s = text == null ? "" : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                f[51] = 1;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                f[52] = 1;
            }
        }
        f[53] = (float) (Math.log1p(matches.size()) / 3);
        for (int i = 0; i < DIMENSION; i++) {
            out[offset + i] = Float.isFinite(f[i]) ? f[i] : 0f;
        }
    }

    /** @param azDeg Earshot azimuth @return sector 0..7 of 45 degrees centred on 0, 45, ... */
    static int sector(double azDeg) {
        long k = Math.round(azDeg / 45.0);
        return (int) Math.floorMod(k, 8L);
    }
}
