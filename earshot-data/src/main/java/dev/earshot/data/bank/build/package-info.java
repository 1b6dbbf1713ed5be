/**
 * Building real-recording sound banks from operating-system packages: {@link
 * dev.earshot.data.bank.build.BankBuilder} follows a data-only {@link
 * dev.earshot.data.bank.build.BankRecipe} (class list, file-pattern → class rules, licence rules,
 * SoundFont phrases, speech), decodes, resamples, trims and cuts the recordings, splits train/test by
 * original recording ({@link dev.earshot.data.bank.build.SplitAssigner}) and writes a
 * {@link dev.earshot.data.bank.FolderBank} with its licences.
 */
package dev.earshot.data.bank.build;
