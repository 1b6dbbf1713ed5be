/**
 * The one output type of every Earshot perceiver, classical or neural: {@link dev.earshot.ml.perception.Perception}
 * (sound events with probabilities, direction of arrival and distance in Earshot's convention), its JSON form
 * ({@link dev.earshot.ml.perception.PerceptionJson}), the {@link dev.earshot.ml.perception.Perceiver} interface
 * the labelled clip used for training and evaluation ({@link dev.earshot.ml.perception.LabelledClip}), and the
 * input check every perceiver's caller runs first ({@link dev.earshot.ml.perception.InputScreen}: refuses
 * non-binaural, non-finite, silent or heavily clipped audio, warns about milder problems).
 */
package dev.earshot.ml.perception;
