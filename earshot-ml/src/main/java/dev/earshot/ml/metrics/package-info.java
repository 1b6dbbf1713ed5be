/**
 * Evaluation metrics with the exact definitions of Spatial-AST / DSpAST (SPEC 1.6):
 * {@link dev.earshot.ml.metrics.AveragePrecision} (scikit-learn AP, ties as one threshold),
 * {@link dev.earshot.ml.metrics.MeanAveragePrecision} (macro mAP; classes without positives reported
 * apart), {@link dev.earshot.ml.metrics.SpatialMetrics} (great-circle MAE, ER20, distance accuracy, DER),
 * the target encoding {@link dev.earshot.spatial.convention.SpatialAstTarget} (SPEC 1.3) and the one coordinate
 * adapter {@link dev.earshot.spatial.convention.SpatialAstConvention} between Earshot's and Spatial-AST's frames.
 */
package dev.earshot.ml.metrics;
