/**
 * Readers for the paiiek/text2hoa datasets: the "flat" format ({@code az_sc}, {@code el_rad},
 * {@code dist_m}, ...) and the "v4 trajectory" format ({@code y}/{@code mask} with normalised
 * targets), converting to Earshot's convention in one adapter, {@link
 * dev.earshot.ml.text.text2hoa.Text2HoaConvention} (text2hoa azimuth is +right, Earshot's +left).
 */
package dev.earshot.ml.text.text2hoa;
