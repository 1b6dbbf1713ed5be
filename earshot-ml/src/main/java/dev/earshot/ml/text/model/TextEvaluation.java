package dev.earshot.ml.text.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.ml.text.TextMetrics;
import dev.earshot.ml.text.TextToSpatial;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Side-by-side evaluation of parsers on labelled text2hoa rows ({@code earshot eval-text}): for each
 * parser, {@link TextMetrics} (3-D angular error, dlog, spread/wet/gain/room MAE, AE per language and per
 * azimuth bin) on all rows and on the rows whose azimuth mask (label weight) is 1.0, at the start of a
 * predicted movement; as JSON ({@link #toJson}) and as text ({@link #toText}).
 */
public final class TextEvaluation {

    /**
     * The metrics of one parser.
     *
     * @param parser  the parser's name
     * @param all     metrics on all rows
     * @param mask1   metrics on rows whose azimuth mask is 1.0 (null when there are none)
     */
    public record Entry(String parser, TextMetrics.Report all, TextMetrics.Report mask1) {
    }

    private TextEvaluation() {
    }

    /**
     * Evaluates parsers.
     *
     * @param rows    labelled rows (at least one)
     * @param parsers the parsers, in report order
     * @return one entry per parser
     * @throws IllegalArgumentException if there are no rows
     */
    public static List<Entry> evaluate(List<Text2HoaSample> rows, List<? extends TextToSpatial> parsers) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows to evaluate");
        }
        List<Text2HoaSample> m1 = new ArrayList<>();
        for (Text2HoaSample s : rows) {
            if (s.weight(IntentField.AZIMUTH) >= 1.0) {
                m1.add(s);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (TextToSpatial p : parsers) {
            List<SpatialIntent> pred = new ArrayList<>(rows.size());
            List<SpatialIntent> pred1 = new ArrayList<>(m1.size());
            for (Text2HoaSample s : rows) {
                SpatialIntent i = p.parse(s.text());
                pred.add(i);
                if (s.weight(IntentField.AZIMUTH) >= 1.0) {
                    pred1.add(i);
                }
            }
            out.add(new Entry(p.name(), TextMetrics.evaluate(pred, rows, TextMetrics.Point.START),
                    m1.isEmpty() ? null : TextMetrics.evaluate(pred1, m1, TextMetrics.Point.START)));
        }
        return out;
    }

    /** @param entries evaluation results @return them as a JSON document */
    public static ObjectNode toJson(List<Entry> entries) {
        ObjectMapper om = new ObjectMapper();
        ObjectNode root = om.createObjectNode();
        root.put("metric_note", "AE = mean 3-D great-circle error (deg) at the start point; dlog = |log1p(d) - log1p(d*)|;"
                + " bins = text2hoa azimuth bins floor(az_right/30) of the label; mask1 = rows whose azimuth mask is 1.0");
        ArrayNode arr = root.putArray("parsers");
        for (Entry e : entries) {
            ObjectNode n = arr.addObject();
            n.put("parser", e.parser());
            n.set("all", report(om, e.all()));
            if (e.mask1() != null) {
                n.set("mask1", report(om, e.mask1()));
            }
        }
        return root;
    }

    private static ObjectNode report(ObjectMapper om, TextMetrics.Report r) {
        ObjectNode n = om.createObjectNode();
        n.put("n", r.n());
        n.put("ae_deg", r.aeDeg());
        n.put("dlog", r.dLog());
        n.put("spread_mae_deg", r.spreadMaeDeg());
        n.put("wet_mae", r.wetMae());
        n.put("gain_mae_db", r.gainMaeDb());
        if (r.roomMae().isPresent()) {
            n.put("room_mae", r.roomMae().getAsDouble());
        }
        n.put("room_n", r.roomN());
        ObjectNode lang = n.putObject("ae_by_language");
        r.byLanguage().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lang.putObject(e.getKey()).put("n", e.getValue().n()).put("ae_deg", e.getValue().aeDeg()));
        ObjectNode bins = n.putObject("ae_by_azimuth_bin");
        r.byAzimuthBin().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> bins.putObject(String.valueOf(e.getKey())).put("n", e.getValue().n())
                        .put("ae_deg", e.getValue().aeDeg()));
        return n;
    }

    /** @param entries evaluation results @return a plain-text table */
    public static String toText(List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-32s %-6s %5s %8s %7s %8s %7s %8s  %s%n", "parser", "rows", "N", "AE deg",
                "dlog", "spread", "wet", "gain dB", "AE by language / by azimuth bin"));
        for (Entry e : entries) {
            line(b, e.parser(), "all", e.all());
            if (e.mask1() != null) {
                line(b, e.parser(), "mask1", e.mask1());
            }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String parser, String subset, TextMetrics.Report r) {
        StringBuilder lang = new StringBuilder();
        r.byLanguage().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> lang.append(
                String.format(Locale.ROOT, "%s %.1f (%d) ", e.getKey(), e.getValue().aeDeg(), e.getValue().n())));
        StringBuilder bins = new StringBuilder();
        r.byAzimuthBin().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> bins.append(
                String.format(Locale.ROOT, "b%d %.1f (%d) ", e.getKey(), e.getValue().aeDeg(), e.getValue().n())));
        b.append(String.format(Locale.ROOT, "%-32s %-6s %5d %8.2f %7.4f %8.2f %7.4f %8.3f  %s| %s%n", parser, subset,
                r.n(), r.aeDeg(), r.dLog(), r.spreadMaeDeg(), r.wetMae(), r.gainMaeDb(), lang.toString().trim(),
                bins.toString().trim()));
    }
}
