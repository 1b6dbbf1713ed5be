/**
 * Higher-order ambisonics, orders 1 to 3: real spherical harmonics in ACN channel order with SN3D
 * (AmbiX) or N3D normalisation ({@link dev.earshot.spatial.ambisonics.SphericalHarmonics}), encoding of
 * static and moving mono sources ({@link dev.earshot.spatial.ambisonics.AmbisonicEncoder}), rotation
 * ({@link dev.earshot.spatial.ambisonics.AmbisonicRotator}), binaural decoding over virtual loudspeakers
 * ({@link dev.earshot.spatial.ambisonics.AmbisonicBinauralDecoder}) and the adapters to the external
 * first-order conventions: FuMa ({@link dev.earshot.spatial.ambisonics.FumaConverter}) and the
 * text2hoa and DISSE FOA layouts ({@link dev.earshot.spatial.ambisonics.Text2HoaFoaConverter},
 * {@link dev.earshot.spatial.ambisonics.DisseFoaConverter}).
 *
 * <p>Conventions: the internal format is AmbiX, i.e. ACN channel order (channel {@code n = l*l + l + m}
 * for degree {@code l} and index {@code m} in [-l, l]) and SN3D normalisation without the
 * Condon-Shortley phase. Directions use Earshot's convention, which is also the usual ambisonic one:
 * azimuth counter-clockwise from the front (+90 deg = left), elevation up. So a source on the left has
 * a positive Y (ACN 1) and a source above a positive Z (ACN 2).
 */
package dev.earshot.spatial.ambisonics;
