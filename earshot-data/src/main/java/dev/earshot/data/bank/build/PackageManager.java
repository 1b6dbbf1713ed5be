package dev.earshot.data.bank.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The operating-system packages a bank build reads its recordings from. */
public interface PackageManager {

    /**
     * @param packageName a package name
     * @return whether it is installed
     * @throws IOException if the package database cannot be queried
     */
    boolean isInstalled(String packageName) throws IOException;

    /**
     * Installs packages (with their dependencies).
     *
     * @param packageNames packages to install
     * @throws IOException with the package manager's message if installation is impossible (not root, no
     *                     network, unknown package)
     */
    void install(List<String> packageNames) throws IOException;

    /**
     * @param packageName an installed package
     * @return the regular files it installed, absolute paths, sorted
     * @throws IOException if it is not installed or the list cannot be read
     */
    List<Path> files(String packageName) throws IOException;

    /**
     * @param packageName an installed package
     * @return its installed version
     * @throws IOException if it is not installed
     */
    String version(String packageName) throws IOException;

    /**
     * @param packageName an installed package
     * @return its copyright file ({@code /usr/share/doc/<package>/copyright} on Debian)
     */
    Path copyright(String packageName);
}
