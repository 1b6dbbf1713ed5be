package dev.earshot.data.bank.build;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankRecipeTest {
    private static final BankRecipe DEBIAN = BankRecipe.debian();
    private static final String H = "/usr/share/hydrogen/data/drumkits/";
    private static final String W = "/usr/share/games/wesnoth/1.16/data/core/sounds/";

    @Test
    void debianRecipeHasAboutTwentyClasses() {
        assertEquals(22, DEBIAN.classes().size());
        assertTrue(DEBIAN.classNames().containsAll(List.of("kick", "snare", "hi_hat", "cymbal", "hand_percussion",
                "piano", "violin", "trumpet", "flute", "guitar", "organ", "bell", "alarm_phone", "applause_crowd",
                "speech", "sword_metal", "horse", "wolf", "bird", "fire")));
        assertEquals(List.of("hydrogen-drumkits", "lmms-common", "sound-theme-freedesktop", "wesnoth-1.16-data",
                "fluid-soundfont-gm", "fluidsynth", "espeak-ng"), DEBIAN.packages());
    }

    /** Real file names listed by {@code dpkg -L} for the Debian 12 packages. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hydrogen-drumkits|" + H + "ForzeeStereo/Kick-0.wav|kick",
            "hydrogen-drumkits|" + H + "Millo_MultiLayered2/bd_03.flac|kick",
            "hydrogen-drumkits|" + H + "Millo-Drums_v.1/bd1.flac|kick",
            "hydrogen-drumkits|" + H + "HardElectro1/PowR_BD_1.flac|kick",
            "hydrogen-drumkits|" + H + "ColomboAcousticDrumkit/bassdrum-4mics-br-stereo-soft2.flac|kick",
            "hydrogen-drumkits|" + H + "Millo_MultiLayered3/sd_04.flac|snare",
            "hydrogen-drumkits|" + H + "HardElectro1/PowR_SN_1.flac|snare",
            "hydrogen-drumkits|" + H + "The Black Pearl 1.0/PearlSnareRimshot-Med.wav|snare",
            "hydrogen-drumkits|" + H + "Millo_MultiLayered3/ho_02.flac|hi_hat",
            "hydrogen-drumkits|" + H + "VariBreaks/VP Hat 1 Op.flac|hi_hat",
            "hydrogen-drumkits|" + H + "HardElectro1/CHH_1.flac|hi_hat",
            "hydrogen-drumkits|" + H + "Audiophob/116973__cbeeching__hat-light.wav|hi_hat",
            "hydrogen-drumkits|" + H + "ForzeeStereo/CrashRide18Bell-2.wav|cymbal",
            "hydrogen-drumkits|" + H + "Millo_MultiLayered3/rc_01.flac|cymbal",
            "hydrogen-drumkits|" + H + "Millo-Drums_v.1/cra_Rock_a.flac|cymbal",
            "hydrogen-drumkits|" + H + "Millo_MultiLayered3/t2_03.flac|tom",
            "hydrogen-drumkits|" + H + "Millo_MultiLayered2/floortom_02.flac|tom",
            "hydrogen-drumkits|" + H + "circAfrique v4/Djembe3 Slap.wav|hand_percussion",
            "hydrogen-drumkits|" + H + "Millo-Drums_v.1/misc_Cowbell.flac|hand_percussion",
            "hydrogen-drumkits|" + H + "Gimme A Hand 1.0/Tambourine-Soft.wav|hand_percussion",
            "hydrogen-drumkits|" + H + "Gimme A Hand 1.0/HandClap-Med.wav|clap",
            "hydrogen-drumkits|" + H + "BJA_Pacific/BD_03.aiff|kick",
            "hydrogen-drumkits|" + H + "BJA_Pacific/SN4_02.aiff|snare",
            "hydrogen-drumkits|" + H + "BJA_Pacific/HH3_01.aiff|hi_hat",
            "hydrogen-drumkits|" + H + "BJA_Pacific/TM2_05.aiff|tom",
            "hydrogen-drumkits|" + H + "BJA_Pacific/CB2_01.aiff|cymbal",
            "hydrogen-drumkits|" + H + "BJA_Pacific/RD_04.aiff|cymbal",
            "hydrogen-drumkits|" + H + "Audiophob/25671__walter-odington__garage-city-snare-snappy.wav|snare",
            "hydrogen-drumkits|" + H + "Gimme A Hand 1.0/Fingersnap-Hard.wav|clap",
            "lmms-common|/usr/share/lmms/samples/misc/raving_crowd01.ogg|applause_crowd",
            "lmms-common|/usr/share/lmms/samples/instruments/violin_pizzicato01.ogg|violin",
            "lmms-common|/usr/share/lmms/samples/instruments/church_organ03.ogg|organ",
            "sound-theme-freedesktop|/usr/share/sounds/freedesktop/stereo/phone-incoming-call.oga|alarm_phone",
            "sound-theme-freedesktop|/usr/share/sounds/freedesktop/stereo/bell.oga|bell",
            "wesnoth-1.16-data|" + W + "horse-canter.wav|horse",
            "wesnoth-1.16-data|" + W + "wolf-growl-3.ogg|wolf",
            "wesnoth-1.16-data|" + W + "ambient/birds2.ogg|bird",
            "wesnoth-1.16-data|" + W + "ambient/campfire.ogg|fire",
            "wesnoth-1.16-data|" + W + "sword-1.ogg|sword_metal",
    })
    void realPackageFilesMapToTheirClassAndHaveALicence(String pkg, String path, String cls) {
        assertEquals(Optional.of(cls), DEBIAN.classOf(pkg, path));
        assertTrue(DEBIAN.licenceOf(pkg, path).isPresent(), path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hydrogen-drumkits|" + H + "HardElectro1/emptySample.flac",
            "hydrogen-drumkits|" + H + "rumpf_kit_z01_h2/beats_01-10.flac",
            "hydrogen-drumkits|" + H + "ForzeeStereo/drumkit.xml",
            "wesnoth-1.16-data|" + W + "sword-1.ogg.txt",
            "wesnoth-1.16-data|" + W + "mace-miss.ogg",
            "lmms-common|/usr/share/lmms/samples/drums/kick_distorted01.ogg",
            "sound-theme-freedesktop|/usr/share/sounds/freedesktop/stereo/bell.oga.bak",
            "espeak-ng|/usr/share/hydrogen/data/drumkits/ForzeeStereo/Kick-0.wav",
    })
    void otherFilesAreNotUsed(String pkg, String path) {
        assertEquals(Optional.empty(), DEBIAN.classOf(pkg, path));
    }

    @Test
    void licencesFollowTheCopyrightFiles() {
        assertEquals(Optional.of("CC0-1.0"), DEBIAN.licenceOf("hydrogen-drumkits", H + "Audiophob/x.wav"));
        assertEquals(Optional.of("CC-BY-SA-3.0"), DEBIAN.licenceOf("hydrogen-drumkits", H + "circAfrique v4/x.wav"));
        assertEquals(Optional.of("CC-BY-3.0"),
                DEBIAN.licenceOf("sound-theme-freedesktop", "/usr/share/sounds/freedesktop/stereo/bell.oga"));
        assertEquals(Optional.of("CC-BY-SA-3.0"), DEBIAN.licenceOf("sound-theme-freedesktop",
                "/usr/share/sounds/freedesktop/stereo/alarm-clock-elapsed.oga"));
    }

    @Test
    void selectKeepsOnlyTheNamedClassesAndTheirPackages() {
        BankRecipe r = DEBIAN.select(List.of("speech", "horse"));
        assertEquals(List.of("speech", "horse"), r.classNames());
        assertEquals(List.of("wesnoth-1.16-data", "espeak-ng"), r.packages());
        assertTrue(r.soundFont().instruments().isEmpty());
    }

    @Test
    void selectRejectsUnknownClass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DEBIAN.select(List.of("dragon")));
        assertTrue(e.getMessage().contains("dragon"));
    }

    @Test
    void ruleNamingUnlistedClassIsRejectedWithItsSource() {
        String json = "{\"classes\": [{\"name\": \"a\"}], \"files\": [{\"package\": \"p\", \"match\": \"x\", "
                + "\"class\": \"b\"}], \"licences\": []}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BankRecipe.parse(json, "r.json"));
        assertTrue(e.getMessage().startsWith("r.json") && e.getMessage().contains("'b'"), e.getMessage());
    }

    @Test
    void invalidRegexNamesTheRule() {
        String json = "{\"classes\": [{\"name\": \"a\"}], \"files\": [{\"package\": \"p\", \"match\": \"(x\", "
                + "\"class\": \"a\"}], \"licences\": []}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BankRecipe.parse(json, "r.json"));
        assertTrue(e.getMessage().contains("files[0]") && e.getMessage().contains("match"), e.getMessage());
    }
}
