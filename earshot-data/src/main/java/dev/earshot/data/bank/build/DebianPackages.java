package dev.earshot.data.bank.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link PackageManager} for Debian and derivatives: {@code dpkg-query} for status, version and file
 * lists, {@code apt-get install -y} (after one {@code apt-get update}) for installing, which needs root.
 */
public final class DebianPackages implements PackageManager {
    private boolean updated;

    @Override
    public boolean isInstalled(String packageName) throws IOException {
        try {
            String status = ToolRunner.run(List.of("dpkg-query", "-W", "-f=${Status}", packageName), 60);
            return status.trim().endsWith(" installed");
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("cannot run")) {
                throw new IOException("dpkg-query is not available: bank build needs a Debian-based system ("
                        + e.getMessage() + ")", e);
            }
            return false; // dpkg-query exits 1 for unknown packages
        }
    }

    @Override
    public synchronized void install(List<String> packageNames) throws IOException {
        if (packageNames.isEmpty()) {
            return;
        }
        String uid = ToolRunner.run(List.of("id", "-u"), 10).trim();
        if (!uid.equals("0")) {
            throw new IOException("packages " + packageNames + " are missing and installing them needs root (uid is "
                    + uid + "); run as root or install them first: apt-get install " + String.join(" ", packageNames));
        }
        if (!updated) {
            ToolRunner.run(List.of("apt-get", "update", "-qq"), 900);
            updated = true;
        }
        List<String> cmd = new ArrayList<>(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends"));
        cmd.addAll(packageNames);
        try {
            ToolRunner.run(cmd, 3600);
        } catch (IOException e) {
            throw new IOException("installing " + packageNames + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Path> files(String packageName) throws IOException {
        String list = ToolRunner.run(List.of("dpkg-query", "-L", packageName), 60);
        List<Path> files = new ArrayList<>();
        for (String line : list.split("\n")) {
            String s = line.strip();
            if (s.startsWith("/")) {
                Path p = Path.of(s);
                if (Files.isRegularFile(p) && !Files.isSymbolicLink(p)) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        return files;
    }

    @Override
    public String version(String packageName) throws IOException {
        return ToolRunner.run(List.of("dpkg-query", "-W", "-f=${Version}", packageName), 60).trim();
    }

    @Override
    public Path copyright(String packageName) {
        return Path.of("/usr/share/doc", packageName, "copyright");
    }
}
