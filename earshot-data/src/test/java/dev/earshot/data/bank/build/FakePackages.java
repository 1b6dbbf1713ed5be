package dev.earshot.data.bank.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A package manager over folders of a temporary directory: package {@code p} owns the files under {@code root/p}. */
final class FakePackages implements PackageManager {
    private final Path root;
    private final Set<String> installed = new HashSet<>();
    final List<List<String>> installCalls = new ArrayList<>();
    private final Map<String, String> versions = new HashMap<>();

    FakePackages(Path root) {
        this.root = root;
    }

    FakePackages installed(String pkg) {
        installed.add(pkg);
        versions.put(pkg, "1.0-" + pkg.length());
        return this;
    }

    @Override
    public boolean isInstalled(String packageName) {
        return installed.contains(packageName);
    }

    @Override
    public void install(List<String> packageNames) {
        installCalls.add(List.copyOf(packageNames));
        packageNames.forEach(this::installed);
    }

    @Override
    public List<Path> files(String packageName) throws IOException {
        Path dir = root.resolve(packageName);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Override
    public String version(String packageName) throws IOException {
        if (!installed.contains(packageName)) {
            throw new IOException(packageName + " is not installed");
        }
        return versions.get(packageName);
    }

    @Override
    public Path copyright(String packageName) {
        return root.resolve(packageName).resolve("copyright");
    }
}
