package dev.earshot.spatial.room;

import dev.earshot.audio.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a Schroeder energy decay curve with its fitted line to a PNG (plain {@code java.awt}, works
 * headless).
 */
public final class DecayPlot {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    private static final int MARGIN = 60;
    private static final double FLOOR_DB = -70;

    private DecayPlot() {
    }

    /**
     * Writes the plot atomically.
     *
     * @param target       PNG file to write
     * @param rir          impulse response
     * @param sampleRateHz sample rate in Hz
     * @param fit          the decay fit to draw (from {@link RoomAnalysis#fitDecay})
     * @param title        title line
     * @throws IOException if the file cannot be written
     */
    public static void writePng(Path target, float[] rir, int sampleRateHz, DecayFit fit, String title)
            throws IOException {
        double[] edc = RoomAnalysis.schroederDb(rir);
        double durS = (double) edc.length / sampleRateHz;
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int pw = WIDTH - 2 * MARGIN;
        int ph = HEIGHT - 2 * MARGIN;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(new Color(220, 220, 220));
        for (int db = 0; db >= FLOOR_DB; db -= 10) {
            int y = MARGIN + (int) Math.round(-db / -FLOOR_DB * ph);
            g.drawLine(MARGIN, y, MARGIN + pw, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(db + " dB", 8, y + 4);
            g.setColor(new Color(220, 220, 220));
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(MARGIN, MARGIN, pw, ph);
        g.drawString(String.format(Locale.ROOT, "0 s", 0.0), MARGIN, HEIGHT - MARGIN + 18);
        g.drawString(String.format(Locale.ROOT, "%.3f s", durS), MARGIN + pw - 50, HEIGHT - MARGIN + 18);
        g.drawString(title + String.format(Locale.ROOT, "   fit %.0f..%.0f dB: T = %.3f s", fit.startDb(),
                fit.endDb(), fit.decayTimeS()), MARGIN, MARGIN - 20);
        g.setColor(new Color(30, 90, 200));
        g.setStroke(new BasicStroke(1.5f));
        int prevX = -1;
        int prevY = -1;
        for (int px = 0; px <= pw; px++) {
            int i = (int) Math.min(edc.length - 1, (long) px * edc.length / (pw + 1));
            double db = Math.max(FLOOR_DB, edc[i]);
            int y = MARGIN + (int) Math.round(-db / -FLOOR_DB * ph);
            if (prevX >= 0) {
                g.drawLine(MARGIN + prevX, prevY, MARGIN + px, y);
            }
            prevX = px;
            prevY = y;
        }
        g.setColor(new Color(200, 40, 40));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        double t1 = Math.min(durS, (FLOOR_DB - fit.interceptDb()) / fit.slopeDbPerS());
        int x0 = MARGIN;
        int y0 = MARGIN + (int) Math.round(Math.min(-fit.interceptDb(), -FLOOR_DB) / -FLOOR_DB * ph);
        int x1 = MARGIN + (int) Math.round(t1 / durS * pw);
        double db1 = Math.max(FLOOR_DB, fit.interceptDb() + fit.slopeDbPerS() * t1);
        int y1 = MARGIN + (int) Math.round(-db1 / -FLOOR_DB * ph);
        g.drawLine(x0, y0, x1, y1);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        AtomicFiles.write(target, bytes.toByteArray());
    }
}
