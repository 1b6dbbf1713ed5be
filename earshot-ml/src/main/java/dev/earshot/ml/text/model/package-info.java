/**
 * The learned text-to-spatial model: features (int8 MiniLM sentence embedding run in ONNX Runtime by
 * {@code SentenceEmbedder}, hashed character n-grams,
 * lexicon and rule-parser cues), a small MLP head trained with DJL (PyTorch engine, CPU) and run in
 * pure Java at inference ({@link dev.earshot.ml.text.model.LearnedTextModel}), its training entry point
 * ({@link dev.earshot.ml.text.model.TrainTextModel}), side-by-side evaluation against the rule baselines
 * ({@link dev.earshot.ml.text.model.TextEvaluation}) and batch parsing of jsonl files
 * ({@link dev.earshot.ml.text.model.TextBatchParser}). See {@code earshot-ml/docs/TEXT_MODEL.md}.
 */
package dev.earshot.ml.text.model;
