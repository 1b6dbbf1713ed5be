package dev.earshot.ml.eval;

import dev.earshot.audio.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A polar PNG of DOA errors, drawn with java.awt (headless): each clip is a dot at its true azimuth (front up,
 * left to the left, as seen from above) and at a radius equal to its great-circle error (centre 0, rim
 * 180 degrees); rings at 20, 45, 90 and 180 degrees; dots within 20 degrees green, others red.
 */
public final class DoaErrorPlot {
    private DoaErrorPlot() {
    }

    /**
     * Renders the plot.
     *
     * @param report  an evaluation report
     * @param sizePx  image width and height in pixels, at least 200
     * @return the image
     * @throws IllegalArgumentException if the size is below 200
     */
    public static BufferedImage render(EvaluationReport report, int sizePx) {
        if (sizePx < 200) {
            throw new IllegalArgumentException("sizePx must be at least 200, got " + sizePx);
        }
        BufferedImage img = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sizePx, sizePx);
            double cx = sizePx / 2.0;
            double cy = sizePx / 2.0 + sizePx * 0.03;
            double rMax = sizePx * 0.40;
            g.setStroke(new BasicStroke(1f));
            for (double ring : new double[] {20, 45, 90, 180}) {
                double r = rMax * ring / 180;
                g.setColor(ring == 20 ? new Color(0, 120, 0) : Color.LIGHT_GRAY);
                g.drawOval((int) Math.round(cx - r), (int) Math.round(cy - r), (int) Math.round(2 * r),
                        (int) Math.round(2 * r));
                g.drawString(String.format(Locale.ROOT, "%.0f\u00b0", ring), (int) (cx + r * 0.71 + 2),
                        (int) (cy - r * 0.71 - 2));
            }
            g.setColor(Color.LIGHT_GRAY);
            for (int az = 0; az < 360; az += 30) {
                double a = Math.toRadians(az);
                g.drawLine((int) cx, (int) cy, (int) (cx - Math.sin(a) * rMax), (int) (cy - Math.cos(a) * rMax));
            }
            g.setColor(Color.DARK_GRAY);
            g.drawString("front", (int) cx - 14, (int) (cy - rMax - 6));
            g.drawString("left", (int) (cx - rMax - 30), (int) cy + 4);
            g.drawString("right", (int) (cx + rMax + 4), (int) cy + 4);
            g.drawString("back", (int) cx - 12, (int) (cy + rMax + 14));
            int dot = Math.max(4, sizePx / 120);
            for (ClipResult r : report.clips()) {
                double a = Math.toRadians(r.trueAzimuthDeg());
                double rad = rMax * Math.min(180, r.doaErrorDeg()) / 180;
                double x = cx - Math.sin(a) * rad;
                double y = cy - Math.cos(a) * rad;
                g.setColor(r.doaErrorDeg() > 20 ? new Color(200, 30, 30) : new Color(20, 150, 20));
                g.fillOval((int) Math.round(x - dot / 2.0), (int) Math.round(y - dot / 2.0), dot, dot);
            }
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%s: %d clips, MAE %.1f\u00b0, ER20 %.1f%%, DER %.1f%%",
                    report.perceiver(), report.spatial().clips(), report.spatial().maeDeg(), report.spatial().er20Pct(),
                    report.spatial().derPct()), 10, 18);
            g.drawString("angle: true azimuth (seen from above); radius: DOA error", 10, sizePx - 8);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Renders and writes the PNG atomically.
     *
     * @param report an evaluation report
     * @param file   target .png
     * @param sizePx image size in pixels
     * @throws IOException if it cannot be written
     */
    public static void write(EvaluationReport report, Path file, int sizePx) throws IOException {
        BufferedImage img = render(report, sizePx);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer available for " + file);
            }
        });
    }
}
