package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.spatial.geom.Vec3;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomRenderTest {
    private static final Vec3 DIMS = new Vec3(6, 5, 3);
    private static final Vec3 SRC = new Vec3(1.5, 1.2, 1.4);
    private static final Vec3 RCV = new Vec3(4, 3.1, 1.6);

    private static RoomRenderRequest request(Double alpha, Double rt60, ReverbFormula f, ReceiverType type) {
        return new RoomRenderRequest(DIMS, alpha, rt60, f, SRC, RCV, 0, type, 16000, 7);
    }

    private static String itemOf(Runnable r) {
        return assertThrows(RoomInputException.class, r::run).item();
    }

    @Test
    void parsesXyzWithSpaces() {
        assertEquals(new Vec3(1.5, -2, 3e-1), RoomRender.parseXyz("--source", " 1.5, -2 ,3e-1"));
    }

    @Test
    void malformedXyzNamesTheOptionAndThePart() {
        RoomInputException e = assertThrows(RoomInputException.class, () -> RoomRender.parseXyz("--source", "1,2"));
        assertEquals("--source", e.item());
        assertTrue(e.getMessage().contains("three"), e.getMessage());
        e = assertThrows(RoomInputException.class, () -> RoomRender.parseXyz("--receiver", "1,a,3"));
        assertTrue(e.getMessage().startsWith("--receiver: coordinate y 'a'"), e.getMessage());
        assertEquals("--dims", itemOf(() -> RoomRender.parseXyz("--dims", "1,2,NaN")));
        assertEquals("--dims", itemOf(() -> RoomRender.parseXyz("--dims", "1,,3")));
        assertEquals("--dims", itemOf(() -> RoomRender.parseXyz("--dims", null)));
    }

    @Test
    void optionTextsBuildTheRequest() {
        RoomRenderRequest r = RoomRenderRequest.fromOptions("6,5,3", null, 0.5, "1.5,1.2,1.4", "4,3.1,1.6", "FOA",
                16000, 3);
        assertEquals(DIMS, r.dimensionsM());
        assertEquals(ReceiverType.FOA, r.receiverType());
        assertEquals(ReverbFormula.EYRING, r.rt60Formula());
        assertEquals("--source", itemOf(() -> RoomRenderRequest.fromOptions("6,5,3", 0.3, null, "9,1,1", "4,3,1.6",
                "omni", 16000, 3)));
        assertEquals("--dims", itemOf(() -> RoomRenderRequest.fromOptions("-6,5,3", 0.3, null, "1,1,1", "4,3,1.6",
                "omni", 16000, 3)));
    }

    @Test
    void badRoomsNameTheOffendingOption() {
        assertEquals("--dims", itemOf(() -> new RoomRenderRequest(new Vec3(6, -5, 3), 0.3, null, null, SRC, RCV, 0,
                ReceiverType.OMNI, 16000, 1)));
        assertEquals("--absorption", itemOf(() -> request(0.0, null, null, ReceiverType.OMNI)));
        assertEquals("--absorption", itemOf(() -> request(1.2, null, null, ReceiverType.OMNI)));
        assertEquals("--absorption", itemOf(() -> request(null, null, null, ReceiverType.OMNI)));
        assertEquals("--absorption", itemOf(() -> request(0.3, 0.5, ReverbFormula.SABINE, ReceiverType.OMNI)));
        assertEquals("--rt60", itemOf(() -> request(null, -1.0, ReverbFormula.SABINE, ReceiverType.OMNI)));
        assertEquals("--rt60", itemOf(() -> request(null, 0.05, ReverbFormula.SABINE, ReceiverType.OMNI)));
        assertEquals("--source", itemOf(() -> new RoomRenderRequest(DIMS, 0.3, null, null, new Vec3(7, 1, 1), RCV, 0,
                ReceiverType.OMNI, 16000, 1)));
        assertEquals("--receiver", itemOf(() -> new RoomRenderRequest(DIMS, 0.3, null, null, SRC, new Vec3(1, 1, 3),
                0, ReceiverType.OMNI, 16000, 1)));
        assertEquals("--fs", itemOf(() -> new RoomRenderRequest(DIMS, 0.3, null, null, SRC, RCV, 0, ReceiverType.OMNI,
                4000, 1)));
        assertEquals("--receiver-type", itemOf(() -> ReceiverType.parse("stereo")));
    }

    @Test
    void fullAbsorptionIsAcceptedAndLeavesOnlyTheDirectSound() {
        RoomRender.Result r = RoomRender.render(request(1.0, null, null, ReceiverType.OMNI));
        assertEquals(1, r.report().alpha());
        float[] h = r.rir().channel(0);
        int direct = (int) Math.round(SRC.minus(RCV).norm() / RoomSpec.SPEED_OF_SOUND_MPS * 16000);
        for (int i = direct + FractionalDelay.HALF_WIDTH + 1; i < h.length; i++) {
            assertEquals(0, h[i], 0, "sample " + i);
        }
        JsonNode json = parse(r.report().toJson());
        assertEquals(0, json.get("rt60_eyring_ms").asDouble(), 0);
    }

    @Test
    void rt60InversionsReproduceTheirTargets() {
        double v = 6 * 5 * 3;
        double s = 2 * (30 + 18 + 15);
        RoomRenderRequest sabine = request(null, 0.5, ReverbFormula.SABINE, ReceiverType.OMNI);
        assertEquals(0.161 * v / (s * 0.5), sabine.alpha(), 1e-12);
        assertEquals(500, sabine.toRoomSpec().sabineRt60S() * 1000, 1e-9);
        RoomRenderRequest eyring = request(null, 0.5, ReverbFormula.EYRING, ReceiverType.OMNI);
        assertEquals(1 - Math.exp(-0.161 * v / (s * 0.5)), eyring.alpha(), 1e-12);
        assertEquals(500, eyring.toRoomSpec().eyringRt60S() * 1000, 1e-9);
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void binauralReportIsJsonWithTheMeasuredFigures() {
        RoomRender.Result r = RoomRender.render(request(null, 0.5, ReverbFormula.EYRING, ReceiverType.BINAURAL));
        assertEquals(2, r.rir().channels());
        JsonNode json = parse(r.report().toJson());
        for (String key : new String[] {"t30_ms", "t20_ms", "edt_ms", "drr_db", "c50_db", "rt60_sabine_ms",
                "rt60_eyring_ms"}) {
            assertTrue(json.get(key).isNumber(), key + " in " + json);
        }
        double left = RoomAnalysis.t30S(r.rir().channel(0), 16000) * 1000;
        double right = RoomAnalysis.t30S(r.rir().channel(1), 16000) * 1000;
        assertEquals((left + right) / 2, json.get("t30_ms").asDouble(), 1e-9);
        assertEquals(500, json.get("rt60_eyring_ms").asDouble(), 1e-9);
        assertEquals(500, json.get("t30_ms").asDouble(), 0.25 * 500, "T30 near the Eyring target");
        assertEquals("binaural", json.get("receiver_type").asText());
    }

    @Test
    void ambisonicAndArrayReceiversMeasureTheOmniDecay() {
        double omni = RoomRender.render(request(0.3, null, null, ReceiverType.OMNI)).report().t30Ms();
        RoomRender.Result foa = RoomRender.render(request(0.3, null, null, ReceiverType.FOA));
        RoomRender.Result array = RoomRender.render(request(0.3, null, null, ReceiverType.AFORMAT));
        assertEquals(4, foa.rir().channels());
        assertEquals(4, array.rir().channels());
        assertEquals(omni, foa.report().t30Ms(), 0.1 * omni);
        assertEquals(omni, array.report().t30Ms(), 0.1 * omni);
    }

    @Test
    void writesTheDecayPlot(@TempDir Path dir) throws Exception {
        RoomRender.Result r = RoomRender.render(request(0.3, null, null, ReceiverType.OMNI));
        Path png = dir.resolve("decay.png");
        RoomRender.writeDecayPlot(png, r);
        BufferedImage img = ImageIO.read(Files.newInputStream(png));
        assertEquals(800, img.getWidth());
        assertEquals(500, img.getHeight());
    }
}
