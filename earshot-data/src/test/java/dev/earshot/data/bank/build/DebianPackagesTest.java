package dev.earshot.data.bank.build;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.FolderBank;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Uses espeak-ng only if it is already installed on a Debian system; never installs anything. */
class DebianPackagesTest {
    private static final DebianPackages DPKG = new DebianPackages();

    @BeforeAll
    static void debianWithEspeak() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg-query")), "not a Debian system");
        assumeTrue(DPKG.isInstalled("espeak-ng"), "espeak-ng is not installed");
    }

    @Test
    void queriesInstalledPackages() throws Exception {
        assertFalse(DPKG.isInstalled("earshot-no-such-package"));
        assertTrue(DPKG.files("espeak-ng").contains(Path.of("/usr/bin/espeak-ng")));
        assertFalse(DPKG.version("espeak-ng").isBlank());
        assertEquals(Path.of("/usr/share/doc/espeak-ng/copyright"), DPKG.copyright("espeak-ng"));
    }

    @Test
    void buildsASpeechBankWithEspeak(@TempDir Path tmp) throws Exception {
        BankRecipe recipe = BankRecipe.parse("""
                {"classes": [{"name": "speech"}], "files": [], "licences": [],
                 "speech": {"package": "espeak-ng", "class": "speech", "licence": "espeak-ng output",
                            "voices": ["en-us"], "sentences": ["One two three.", "Good morning."]}}
                """, "speech-recipe");
        BankBuildOptions o = new BankBuildOptions(tmp.resolve("bank"), 16000, List.of(), 0.1, 5.0, 1, 10, 0.5, 0L,
                false);
        new BankBuilder(recipe, "speech-recipe", DPKG).build(o, line -> { });
        FolderBank bank = FolderBank.open(tmp.resolve("bank"));
        assertEquals(2, bank.clips().size());
        assertEquals(1, bank.clips("test").size());
        for (BankClip c : bank.clips()) {
            AudioBuffer a = bank.load(c);
            assertTrue(a.durationS() > 0.4 && a.durationS() < 3, c.id() + " " + a.durationS());
            assertTrue(a.peak() > 0.05f);
        }
        assertTrue(Files.isRegularFile(tmp.resolve("bank/licenses/espeak-ng.copyright")));
    }
}
