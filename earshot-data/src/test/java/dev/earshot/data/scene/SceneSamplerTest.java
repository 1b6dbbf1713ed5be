package dev.earshot.data.scene;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.SoundBank;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SceneSamplerTest {
    static final SoundBank BANK = new SoundBank() {
        private final List<BankClip> clips = build();

        private List<BankClip> build() {
            List<BankClip> l = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                l.add(new BankClip("k" + i, "k" + i + ".wav", List.of("class" + (i % 4)), "r" + i, "CC0-1.0",
                        i % 3 == 0 ? "test" : "train"));
            }
            return l;
        }

        @Override
        public List<BankClip> clips() {
            return clips;
        }

        @Override
        public AudioBuffer load(BankClip clip) {
            throw new UnsupportedOperationException("the sampler never loads audio");
        }
    };

    private final SceneSampler sampler = new SceneSampler(99, BANK);

    @Test
    void sceneDependsOnlyOnIndexNotOnOrder() {
        Scene late = sampler.sample(41);
        for (int i = 0; i < 41; i++) {
            sampler.sample(i);
        }
        assertEquals(late, sampler.sample(41));
        assertEquals(late, new SceneSampler(99, BANK).sample(41));
    }

    @Test
    void differentSeedsGiveDifferentScenes() {
        assertTrue(!sampler.sample(3).equals(new SceneSampler(100, BANK).sample(3)));
    }

    @Test
    void sourcesLieInsideTheRoomAtTheirDirectionAndDistance() {
        for (int i = 0; i < 300; i++) {
            Scene s = sampler.sample(i);
            Vec3 dims = s.room().dimensionsM();
            for (SceneSource src : s.sources()) {
                Vec3 p = src.positionM();
                double c = SceneSampler.WALL_CLEARANCE_M - 1e-9;
                assertTrue(p.x() >= c && p.y() >= c && p.z() >= c && p.x() <= dims.x() - c
                        && p.y() <= dims.y() - c && p.z() <= dims.z() - c, "scene " + i + " source at " + p);
                Vec3 rel = p.minus(s.receiverM());
                assertEquals(src.distanceM(), rel.norm(), 1e-9);
                assertTrue(Direction.of(rel).angleToDeg(src.direction()) < 1e-6);
                assertTrue(src.distanceM() >= 0.5 && src.distanceM() <= 10.0);
                assertTrue(src.direction().elevationDeg() >= -47.5 && src.direction().elevationDeg() <= 48.7);
            }
            s.roomSpec(0); // validates the room with RoomSpec's own checks
        }
    }

    @Test
    void roomsFollowTheDisseRanges() {
        for (int i = 0; i < 200; i++) {
            SceneRoom r = sampler.sample(i).room();
            assertTrue(r.floorAreaM2() >= 13.3 - 1e-9 && r.floorAreaM2() <= 277.4 + 1e-9);
            assertEquals(3.0, r.dimensionsM().z());
            double aspect = r.dimensionsM().x() / r.dimensionsM().y();
            assertTrue(aspect >= 1 - 1e-12 && aspect <= 2.5 + 1e-12);
            assertTrue(r.alpha() >= 0.05 && r.alpha() <= 0.95);
            assertTrue(r.targetT30Ms() >= 144.5 && r.targetT30Ms() <= 2671.9);
        }
    }

    @Test
    void everyDistanceClassFromHalfMetreToTenMetresIsUsed() {
        Set<Long> classes = new HashSet<>();
        for (int i = 0; i < 1500; i++) {
            for (SceneSource s : sampler.sample(i).sources()) {
                classes.add((long) Math.rint(s.distanceM() * 2));
            }
        }
        for (long c = 1; c <= 20; c++) {
            assertTrue(classes.contains(c), "distance class " + c + " never drawn: " + classes);
        }
    }

    @Test
    void sourcesOfASceneHaveDisjointLabels() {
        for (int i = 0; i < 200; i++) {
            Set<String> seen = new HashSet<>();
            for (SceneSource s : sampler.sample(i).sources()) {
                for (String l : s.labels()) {
                    assertTrue(seen.add(l), "scene " + i + " repeats " + l);
                }
            }
        }
    }

    @Test
    void sourceCountsCoverTheConfiguredRange() {
        Set<Integer> counts = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            counts.add(sampler.sample(i).sources().size());
        }
        assertEquals(Set.of(1, 2, 3), counts);
    }

    @Test
    void roomCentrePlacementPutsTheReceiverAtTheCentre() {
        SceneSampler c = new SceneSampler(1, BANK, SceneConfig.defaults().withPlacement(ReceiverPlacement.ROOM_CENTRE));
        Scene s = c.sample(0);
        assertEquals(s.room().dimensionsM().times(0.5), s.receiverM());
    }

    @Test
    void splitRestrictsTheClips() {
        SceneSampler t = new SceneSampler(1, BANK, SceneConfig.defaults().withSplit("test"));
        for (int i = 0; i < 50; i++) {
            for (SceneSource s : t.sample(i).sources()) {
                int k = Integer.parseInt(s.clipId().substring(1));
                assertEquals(0, k % 3);
            }
        }
    }

    @Test
    void emptySplitIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new SceneSampler(1, BANK, SceneConfig.defaults().withSplit("nope")));
    }

    @Test
    void freePathIsTheDistanceToTheShrunkenBox() {
        Vec3 dims = new Vec3(10, 6, 3);
        assertEquals(10 - 0.1 - 2, SceneSampler.freePathM(new Vec3(2, 3, 1.5), new Vec3(1, 0, 0), dims), 1e-12);
        assertEquals(3 - 0.1 - 1.5, SceneSampler.freePathM(new Vec3(2, 3, 1.5), new Vec3(0, 0, 1), dims), 1e-12);
        double s = Math.sqrt(0.5);
        assertEquals(Math.min((6 - 0.1 - 3) / s, (3 - 0.1 - 1.5) / s),
                SceneSampler.freePathM(new Vec3(2, 3, 1.5), new Vec3(0, s, s), dims), 1e-12);
    }
}
