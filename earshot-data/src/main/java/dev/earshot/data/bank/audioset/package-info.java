/**
 * Reader for sound collections in the AudioSet layout used by Spatial-AST and SpatialSoundQA (SPEC.md
 * 1.4): a JSON list of clips {@code {folder, id, label: [MIDs]}} with audio at
 * {@code <root>/<folder>/<id>.wav}, and a class index CSV whose class index is the row order of its
 * {@code mid} column.
 */
package dev.earshot.data.bank.audioset;
