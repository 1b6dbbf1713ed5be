package dev.earshot.ml.checkpoint;

import java.nio.file.Path;

/**
 * The checkpoint's pickle refers to a Python global (a class or function) outside the allow-list of the
 * restricted unpickler, e.g. {@code os.system} in a malicious file. Nothing is ever executed: the reader
 * stops at the GLOBAL opcode and names the global.
 */
public final class ForbiddenGlobalException extends CheckpointFormatException {
    private static final long serialVersionUID = 1L;

    private final String module;
    private final String name;

    /**
     * @param file   the checkpoint file
     * @param entry  the pickle entry inside the archive
     * @param offset byte offset of the GLOBAL opcode
     * @param module the global's module, e.g. {@code os}
     * @param name   the global's name, e.g. {@code system}
     */
    public ForbiddenGlobalException(Path file, String entry, long offset, String module, String name) {
        super(file, entry + " at byte " + offset + ": global '" + module + "." + name
                + "' is not allowed (the restricted unpickler accepts only the torch tensor/storage rebuild "
                + "functions, collections.OrderedDict and a few inert data classes)");
        this.module = module;
        this.name = name;
    }

    /** @return the global's module */
    public String module() {
        return module;
    }

    /** @return the global's name */
    public String name() {
        return name;
    }
}
