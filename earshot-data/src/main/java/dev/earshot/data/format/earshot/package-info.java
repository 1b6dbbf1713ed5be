/**
 * The Earshot native dataset format: {@code audio/<scene>.wav} (the rendered mixture, 32-bit float WAV),
 * {@code labels.jsonl} (one JSON object per scene: scene geometry, room, receiver, per-source classes and
 * Earshot-convention directions and distances, T30, DRR; see {@link dev.earshot.data.format.earshot.NativeFormat})
 * and {@code manifest.json} (seed, version, parameters, counts, skipped items).
 */
package dev.earshot.data.format.earshot;
