package dev.earshot.data.bank;

import dev.earshot.audio.io.AudioFiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Clip counts and durations of a bank per class and split (what {@code earshot bank info} prints).
 * A clip with several labels counts once under each of its classes; the totals count it once.
 *
 * @param classes one row per class, sorted by name
 * @param splits  the split names, sorted
 * @param clips   number of clips
 * @param totalS  total duration in seconds
 */
public record BankSummary(List<ClassStats> classes, List<String> splits, int clips, double totalS) {

    /**
     * Figures of one class.
     *
     * @param name            class name
     * @param clipsBySplit    clip count per split (every split of the bank present, possibly 0)
     * @param secondsBySplit  seconds of audio per split
     * @param sources         number of distinct source recordings
     */
    public record ClassStats(String name, Map<String, Integer> clipsBySplit, Map<String, Double> secondsBySplit,
                             int sources) {
        /** Copies the maps. */
        public ClassStats {
            clipsBySplit = Map.copyOf(clipsBySplit);
            secondsBySplit = Map.copyOf(secondsBySplit);
        }

        /** @return clips over all splits */
        public int clips() {
            return clipsBySplit.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** @return seconds over all splits */
        public double seconds() {
            return secondsBySplit.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** Copies the lists. */
    public BankSummary {
        classes = List.copyOf(classes);
        splits = List.copyOf(splits);
    }

    /**
     * Summarises a folder bank, taking durations from the manifest and reading the file headers of clips
     * whose manifest row has none.
     *
     * @param bank the bank
     * @return the summary
     * @throws IOException if a header must be read and cannot be
     */
    public static BankSummary of(FolderBank bank) throws IOException {
        List<Double> durations = new ArrayList<>();
        for (BankEntry e : bank.entries()) {
            durations.add(Double.isNaN(e.durationS()) ? AudioFiles.info(bank.fileOf(e.clip())).durationS() : e.durationS());
        }
        return of(bank.clips(), durations);
    }

    /**
     * Summarises clips with known durations.
     *
     * @param clips     the clips
     * @param durations the duration of each clip in seconds, same order
     * @return the summary
     * @throws IllegalArgumentException if the lists differ in length
     */
    public static BankSummary of(List<BankClip> clips, List<Double> durations) {
        if (clips.size() != durations.size()) {
            throw new IllegalArgumentException(clips.size() + " clips but " + durations.size() + " durations");
        }
        Set<String> splits = new TreeSet<>();
        clips.forEach(c -> splits.add(c.split()));
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Map<String, Double>> seconds = new TreeMap<>();
        Map<String, Set<String>> sources = new TreeMap<>();
        double total = 0;
        for (int i = 0; i < clips.size(); i++) {
            BankClip c = clips.get(i);
            double d = durations.get(i);
            total += d;
            for (String label : c.labels()) {
                counts.computeIfAbsent(label, k -> new TreeMap<>()).merge(c.split(), 1, Integer::sum);
                seconds.computeIfAbsent(label, k -> new TreeMap<>()).merge(c.split(), d, Double::sum);
                sources.computeIfAbsent(label, k -> new HashSet<>()).add(c.sourceId());
            }
        }
        List<ClassStats> rows = new ArrayList<>();
        for (String label : counts.keySet()) {
            Map<String, Integer> n = new TreeMap<>();
            Map<String, Double> s = new TreeMap<>();
            for (String split : splits) {
                n.put(split, counts.get(label).getOrDefault(split, 0));
                s.put(split, seconds.get(label).getOrDefault(split, 0.0));
            }
            rows.add(new ClassStats(label, n, s, sources.get(label).size()));
        }
        return new BankSummary(rows, List.copyOf(splits), clips.size(), total);
    }

    /**
     * A plain-text table: one line per class with clips and seconds per split and the number of sources,
     * then a total line.
     *
     * @return the table
     */
    public String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-18s", "class"));
        for (String s : splits) {
            sb.append(String.format(Locale.ROOT, " %8s %9s", s + "_n", s + "_s"));
        }
        sb.append(String.format(Locale.ROOT, " %8s%n", "sources"));
        for (ClassStats c : classes) {
            sb.append(String.format(Locale.ROOT, "%-18s", c.name()));
            for (String s : splits) {
                sb.append(String.format(Locale.ROOT, " %8d %9.1f", c.clipsBySplit().get(s), c.secondsBySplit().get(s)));
            }
            sb.append(String.format(Locale.ROOT, " %8d%n", c.sources()));
        }
        sb.append(String.format(Locale.ROOT, "total: %d clips, %.1f s, %d classes%n", clips, totalS, classes.size()));
        return sb.toString();
    }
}
