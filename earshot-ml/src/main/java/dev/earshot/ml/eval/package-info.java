/**
 * Evaluation of any {@link dev.earshot.ml.perception.Perceiver} on labelled clips with the exact SPEC 1.6
 * metrics (via {@link dev.earshot.ml.metrics}): {@link dev.earshot.ml.eval.Evaluator} produces an
 * {@link dev.earshot.ml.eval.EvaluationReport} (mAP, MAE, ER20, DER, per-class AP, error-vs-azimuth and
 * error-vs-distance tables, per-clip results) with a JSON form and a polar plot of DOA errors
 * ({@link dev.earshot.ml.eval.DoaErrorPlot}).
 */
package dev.earshot.ml.eval;
