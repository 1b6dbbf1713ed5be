/**
 * The one output type of every Earshot perceiver, classical or neural: {@link dev.earshot.ml.perception.Perception}
 * (sound events with probabilities, direction of arrival and distance in Earshot's convention), its JSON form
 * ({@link dev.earshot.ml.perception.PerceptionJson}), the {@link dev.earshot.ml.perception.Perceiver} interface
 * and the labelled clip used for training and evaluation ({@link dev.earshot.ml.perception.LabelledClip}).
 */
package dev.earshot.ml.perception;
