package dev.earshot.app.demo;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.RenderFormat;
import dev.earshot.spatial.render.RoomAcoustics;
import dev.earshot.spatial.render.SpatialParams;
import dev.earshot.spatial.render.Trajectory;
import java.util.List;

/**
 * One render of the demo: which built-in sound, where, in which format, to which file.
 *
 * @param file        output file name
 * @param sound       built-in sound name (see {@link BuiltinSounds})
 * @param format      output format
 * @param params      where and how the sound is placed
 * @param description a human description of the placement
 */
public record DemoScene(String file, String sound, RenderFormat format, SpatialParams params, String description) {

    /** @return the demo's scenes: the cardinal directions, above, a fly-by, a room, width, ambisonics */
    public static List<DemoScene> standard() {
        return List.of(
                new DemoScene("01_pluck_front.wav", "pluck", RenderFormat.BINAURAL,
                        SpatialParams.at(0, 0, 1.5), "front, 1.5 m"),
                new DemoScene("02_bell_left.wav", "bell", RenderFormat.BINAURAL,
                        SpatialParams.at(90, 0, 1.5), "left (+90 deg), 1.5 m"),
                new DemoScene("03_shaker_right.wav", "shaker", RenderFormat.BINAURAL,
                        SpatialParams.at(-90, 0, 1.5), "right (-90 deg), 1.5 m"),
                new DemoScene("04_clicks_behind.wav", "clicks", RenderFormat.BINAURAL,
                        SpatialParams.at(180, 0, 1.5), "behind (180 deg), 1.5 m"),
                new DemoScene("05_bell_above.wav", "bell", RenderFormat.BINAURAL,
                        SpatialParams.at(30, 60, 1.5), "above-left (az 30, el 60), 1.5 m"),
                new DemoScene("06_pluck_flyby.wav", "pluck", RenderFormat.BINAURAL,
                        SpatialParams.at(90, 0, 3).withTrajectory(Trajectory.linear(
                                new Direction(90, 0), 3, new Direction(-90, 0), 1, 2.5)),
                        "moves left -> right, 3 m -> 1 m over 2.5 s"),
                new DemoScene("07_shaker_hall.wav", "shaker", RenderFormat.BINAURAL,
                        SpatialParams.at(45, 0, 4).withReverb(0.45, new RoomAcoustics.Rt60(1.6)),
                        "front-left, 4 m, hall (RT60 1.6 s, wet 0.45)"),
                new DemoScene("08_clicks_wide.wav", "clicks", RenderFormat.BINAURAL,
                        SpatialParams.at(0, 0, 2).withSpreadDeg(90), "front, 2 m, 90 deg wide"),
                new DemoScene("09_pluck_stereo.wav", "pluck", RenderFormat.STEREO,
                        SpatialParams.at(45, 0, 1), "stereo pan + ITD, 45 deg left"),
                new DemoScene("10_bell_foa_ambix.wav", "bell", RenderFormat.FOA,
                        SpatialParams.at(-45, 20, 2), "AmbiX FOA, az -45 el 20, 2 m"),
                new DemoScene("11_shaker_hoa3.wav", "shaker", RenderFormat.HOA3,
                        SpatialParams.at(120, 0, 2).withTrajectory(Trajectory.linear(
                                new Direction(120, 0), 2, new Direction(-120, 0), 2, 2.0)),
                        "AmbiX 3rd order, orbit behind 120 -> -120 deg"),
                new DemoScene("12_clicks_fuma.wav", "clicks", RenderFormat.FUMA,
                        SpatialParams.at(90, 0, 1), "FuMa FOA (W X Y Z), left"));
    }
}
