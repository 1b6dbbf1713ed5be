package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The programmatic sub-command registration and the start-up shortcut for one named sub-command. */
class EarshotCommandLineTest {
    @Test
    void everyRegisteredNameIsItsCommandsAnnotatedName() {
        for (Map.Entry<String, java.util.function.Supplier<Object>> e : EarshotCommand.SUBCOMMANDS.entrySet()) {
            CommandLine.Command c = e.getValue().get().getClass().getAnnotation(CommandLine.Command.class);
            assertEquals(e.getKey(), c.name(), e.getValue().get().getClass().getName());
        }
    }

    @Test
    void withoutArgumentsAllSubcommandsAreRegisteredInListingOrder() {
        List<String> names = new ArrayList<>(EarshotCommand.newCommandLine().getSubcommands().keySet());
        assertEquals(new ArrayList<>(EarshotCommand.SUBCOMMANDS.keySet()), names);
        assertTrue(names.contains("help"));
    }

    @Test
    void aNamedSubcommandIsRegisteredAlone() {
        assertEquals(List.of("render"), new ArrayList<>(EarshotCommand.newCommandLine("render", "x.wav").getSubcommands().keySet()));
    }

    @Test
    void helpAndUnknownFirstArgumentsRegisterEverything() {
        int all = EarshotCommand.SUBCOMMANDS.size();
        assertEquals(all, EarshotCommand.newCommandLine("help", "render").getSubcommands().size());
        assertEquals(all, EarshotCommand.newCommandLine("rendr").getSubcommands().size());
        assertEquals(all, EarshotCommand.newCommandLine("--help").getSubcommands().size());
    }

    @Test
    void aSubcommandsUsageIsTheSameWhetherRegisteredAloneOrWithAll() {
        String alone = EarshotCommand.newCommandLine("render").getSubcommands().get("render").getUsageMessage();
        String full = EarshotCommand.newCommandLine().getSubcommands().get("render").getUsageMessage();
        assertEquals(full, alone);
    }
}
