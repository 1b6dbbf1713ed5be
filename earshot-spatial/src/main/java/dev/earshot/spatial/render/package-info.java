/**
 * Renderers from a mono source plus {@link dev.earshot.spatial.render.SpatialParams} to stereo,
 * binaural and ambisonics ({@link dev.earshot.spatial.render.RenderFormat}), with distance, spread and
 * reverb.
 *
 * <p>Entry point: {@link dev.earshot.spatial.render.Renderers#create} with
 * {@link dev.earshot.spatial.render.RenderOptions} gives a {@link dev.earshot.spatial.render.Renderer}
 * ({@link dev.earshot.spatial.render.StereoRenderer}, {@link dev.earshot.spatial.render.BinauralRenderer}
 * or {@link dev.earshot.spatial.render.AmbisonicRenderer}). Renders stream block by block from a
 * {@link dev.earshot.spatial.render.BlockSource} to a {@link dev.earshot.spatial.render.BlockSink}
 * (with {@link dev.earshot.spatial.render.RenderProgress} reports), or take a whole buffer.
 *
 * <p>Inside, a render is a chain of small block processors sharing one block of state: distance
 * (source gain, retarded-time propagation delay with Doppler, ISO 9613-1 air absorption,
 * inverse-distance gain ramps), then the format's spatial stage (pan + ITD, HRIR convolution with
 * crossfaded filter switches, or spherical-harmonic encoding with per-sample gain interpolation), or
 * several of them for a wide source, then the wet/dry parametric reverb. The trajectory is sampled at
 * block boundaries and interpolated per sample. Output = input + tail frames; fixed processing
 * latencies are removed, so an impulse at distance = reference distance with the distance effects
 * off comes out at sample 0. Renders are deterministic (the reverb and decorrelators are seeded by
 * {@link dev.earshot.spatial.render.RenderOptions#reverbSeed()}).
 *
 * <p>{@link dev.earshot.spatial.render.Renderer#renderParallel} renders time segments of a
 * {@link dev.earshot.spatial.render.SeekableSource} on several threads into a
 * {@link dev.earshot.spatial.render.RegionSink}, each segment's chain warmed up on the input before it
 * (and a moving binaural source's filter schedule replayed), with the serial render's output.
 */
package dev.earshot.spatial.render;
