/**
 * Sound banks: collections of labelled dry (anechoic or close-miked) clips that scenes draw their
 * sources from. {@link dev.earshot.data.bank.SoundBank} is the interface every bank implements;
 * {@link dev.earshot.data.bank.BankClip} describes one clip.
 */
package dev.earshot.data.bank;
