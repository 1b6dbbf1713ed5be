package dev.earshot.spatial.osc;

/**
 * Where OSC messages go: a host name or IP literal and a UDP port.
 *
 * @param host host name or IP address (IPv6 without brackets), not blank
 * @param port UDP port, in [1, 65535]
 */
public record OscTarget(String host, int port) {
    /** @throws IllegalArgumentException if the host is blank or the port out of range */
    public OscTarget {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("OSC target host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("OSC target port must be in [1, 65535], got " + port);
        }
    }

    /**
     * Parses {@code HOST:PORT}, e.g. {@code 127.0.0.1:9000}, {@code studio.local:8000} or
     * {@code [::1]:9000} (IPv6 in brackets).
     *
     * @param text the target text
     * @return the target
     * @throws IllegalArgumentException naming the text and what was expected if it does not parse
     */
    public static OscTarget parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("OSC target: expected HOST:PORT, got null");
        }
        String s = text.strip();
        String host;
        String portText;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("OSC target '" + text + "': expected [IPV6]:PORT");
            }
            host = s.substring(1, close);
            portText = s.substring(close + 2);
        } else {
            int colon = s.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("OSC target '" + text + "': expected HOST:PORT (no ':' found)");
            }
            if (s.indexOf(':') != colon) {
                throw new IllegalArgumentException("OSC target '" + text
                        + "': IPv6 hosts must be written in brackets, e.g. [::1]:9000");
            }
            host = s.substring(0, colon);
            portText = s.substring(colon + 1);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("OSC target '" + text + "': the host before ':' is empty");
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("OSC target '" + text + "': port '" + portText
                    + "' is not an integer in [1, 65535]", e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("OSC target '" + text + "': port " + port + " is outside [1, 65535]");
        }
        return new OscTarget(host, port);
    }

    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
