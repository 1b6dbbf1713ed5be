package dev.earshot.ml.text.model;

import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;

/**
 * One training row: input features, the label (Earshot convention) and per-field loss weights.
 *
 * @param x             input features
 * @param azimuthDeg    labelled azimuth (start = end in v4 data)
 * @param elStartDeg    labelled start elevation
 * @param elEndDeg      labelled end elevation
 * @param distanceM     labelled distance
 * @param spreadDeg     labelled spread
 * @param wet           labelled wet mix
 * @param gainDb        labelled gain
 * @param wAz           azimuth loss weight
 * @param wEl           elevation loss weight
 * @param wDist         distance loss weight
 * @param wSpread       spread loss weight
 * @param wWet          wet loss weight
 * @param wGain         gain loss weight
 */
record TrainingRow(float[] x, double azimuthDeg, double elStartDeg, double elEndDeg, double distanceM,
                   double spreadDeg, double wet, double gainDb, double wAz, double wEl, double wDist,
                   double wSpread, double wWet, double wGain) {

    /**
     * @param x              features
     * @param s              the labelled row
     * @param maskHalfWeight weight of a mask-0.5 field
     * @return the row with weights from the sample's masks
     */
    static TrainingRow of(float[] x, Text2HoaSample s, double maskHalfWeight) {
        SpatialIntent g = s.target();
        return new TrainingRow(x, g.startAzimuthDeg(), g.startElevationDeg(), g.endElevationDeg(), g.distanceM(),
                g.spreadDeg(), g.wetMix(), g.gainDb(),
                w(s.weight(IntentField.AZIMUTH), maskHalfWeight), w(s.weight(IntentField.ELEVATION), maskHalfWeight),
                w(s.weight(IntentField.DISTANCE), maskHalfWeight), w(s.weight(IntentField.SPREAD), maskHalfWeight),
                w(s.weight(IntentField.WET), maskHalfWeight), w(s.weight(IntentField.GAIN), maskHalfWeight));
    }

    /** @return 1 for mask 1, maskHalfWeight * 2m for a lower mask m */
    static double w(double mask, double maskHalfWeight) {
        return mask >= 1.0 ? 1.0 : maskHalfWeight * 2 * mask;
    }
}
