package dev.earshot.data.bank.build;

import dev.earshot.data.bank.BankSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a bank build produced.
 *
 * @param outDir   the bank folder
 * @param summary  clips and seconds per class and split, read back from the written bank
 * @param packages version of every package used
 * @param skipped  one line per original recording that could not be used (unreadable, silent), with the reason
 */
public record BankBuildReport(Path outDir, BankSummary summary, Map<String, String> packages, List<String> skipped) {
    /** Copies the collections. */
    public BankBuildReport {
        packages = Map.copyOf(packages);
        skipped = List.copyOf(skipped);
    }
}
