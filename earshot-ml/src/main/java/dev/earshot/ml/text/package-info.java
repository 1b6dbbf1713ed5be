/**
 * Text to spatial-audio parameters: {@link dev.earshot.ml.text.SpatialIntent} (what a description asks
 * for, in Earshot's convention, +azimuth = left), the {@link dev.earshot.ml.text.TextToSpatial}
 * interface every parser implements (rule-based now, learned later), the bilingual English/Korean
 * {@link dev.earshot.ml.text.SpatialLexicon}, the lexicon-driven {@link dev.earshot.ml.text.RuleParser},
 * the text2hoa rule baselines and the text2hoa evaluation metrics {@link dev.earshot.ml.text.TextMetrics}.
 */
package dev.earshot.ml.text;
