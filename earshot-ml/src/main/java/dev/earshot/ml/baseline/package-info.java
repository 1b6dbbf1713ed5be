/**
 * The classical baseline the neural models must beat (issue 4): direction of arrival by matching GCC-PHAT ITD
 * and band ILDs against an HRTF set's own cues ({@link dev.earshot.ml.baseline.ClassicalDoaEstimator}),
 * distance from level and blind reverberance features calibrated by ridge regression
 * ({@link dev.earshot.ml.baseline.ClassicalDistanceEstimator}), sound events from a logistic regression on
 * log-mel statistics ({@link dev.earshot.ml.baseline.LinearEventClassifier}), bundled as a
 * {@link dev.earshot.ml.perception.Perceiver} ({@link dev.earshot.ml.baseline.ClassicalBaseline}). Everything
 * analyses at 32 kHz and reports in Earshot's convention (azimuth +90 = left). A fitted baseline ships as a
 * class path resource ({@link dev.earshot.ml.baseline.ShippedBaseline}, with a manifest of data, seeds and commands).
 */
package dev.earshot.ml.baseline;
