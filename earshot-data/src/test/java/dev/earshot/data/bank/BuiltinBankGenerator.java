package dev.earshot.data.bank;

import dev.earshot.data.bank.build.BankBuildOptions;
import dev.earshot.data.bank.build.BankBuildReport;
import dev.earshot.data.bank.build.BankBuilder;
import dev.earshot.data.bank.build.BankRecipe;
import dev.earshot.data.bank.build.DebianPackages;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the built-in bank from {@code builtin-bank-recipe.json} (not a test). Needs the Debian
 * packages hydrogen-drumkits, sound-theme-freedesktop and espeak-ng. Run from the repository root after
 * {@code mvn -pl earshot-data -am test-compile}, with the module's test class path, as
 * {@code java -cp ... dev.earshot.data.bank.BuiltinBankGenerator OUT_DIR}, then copy OUT_DIR's
 * {@code manifest.csv, classes.csv, LICENSES.md, build.json, licenses/, clips/} to
 * {@code src/main/resources/dev/earshot/data/bank/builtin/}.
 */
public final class BuiltinBankGenerator {
    private BuiltinBankGenerator() {
    }

    /**
     * @param args the output folder
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        String json;
        try (InputStream in = BuiltinBankGenerator.class.getResourceAsStream("builtin-bank-recipe.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        BankRecipe recipe = BankRecipe.parse(json, "builtin-bank-recipe.json");
        BankBuildOptions o = new BankBuildOptions(Path.of(args[0]), 16000, List.of(), 0.1, 1.0, 1, 3, 0.34, 7L, false);
        BankBuildReport r = new BankBuilder(recipe, "builtin-bank-recipe.json", new DebianPackages())
                .build(o, System.out::println);
        System.out.println(r.summary().format());
    }
}
