package dev.earshot.spatial.osc;

import java.util.List;

/**
 * One OSC message of a preset: an address pattern and the quantities that form its arguments (each
 * sent as a 32-bit float). In the pattern, {@code {n}} is replaced by the 1-based source number and
 * {@code {i}} by the 0-based source index.
 *
 * @param addressPattern e.g. {@code /source/{n}/azim}; must start with '/'
 * @param arguments      the argument quantities, in order, at least one
 */
public record OscMessageTemplate(String addressPattern, List<OscQuantity> arguments) {
    /** @throws IllegalArgumentException if the pattern does not start with '/' or there are no arguments */
    public OscMessageTemplate {
        if (addressPattern == null || !addressPattern.startsWith("/") || addressPattern.contains(" ")) {
            throw new IllegalArgumentException("addressPattern must start with '/' and contain no spaces, got "
                    + addressPattern);
        }
        if (arguments == null || arguments.isEmpty()) {
            throw new IllegalArgumentException("OSC message " + addressPattern + " needs at least one argument");
        }
        arguments = List.copyOf(arguments);
    }

    /**
     * A template.
     *
     * @param addressPattern address with {n}/{i} placeholders
     * @param arguments      argument quantities
     * @return the template
     */
    public static OscMessageTemplate of(String addressPattern, OscQuantity... arguments) {
        return new OscMessageTemplate(addressPattern, List.of(arguments));
    }

    /**
     * The concrete address for a source.
     *
     * @param sourceNumber 1-based source number
     * @return the address with {n} and {i} filled in
     */
    public String address(int sourceNumber) {
        return addressPattern.replace("{n}", Integer.toString(sourceNumber))
                .replace("{i}", Integer.toString(sourceNumber - 1));
    }

    /** @return true if every argument is a position quantity */
    public boolean isPositionOnly() {
        return arguments.stream().allMatch(OscQuantity::isPosition);
    }
}
