package org.torc.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's version, read once from a file Maven writes at build time. */
public final class ServiceVersion {

    /** The version of this server, e.g. {@code 0.1.0}. */
    public static final String VERSION = load();

    /** The version of torc's REST contract this server speaks. */
    public static final String API_VERSION = "v0.7.0";

    private ServiceVersion() {}

    private static String load() {
        Properties props = new Properties();
        try (InputStream in =
                ServiceVersion.class.getResourceAsStream("/torc-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props.getProperty("version", "unknown");
    }
}
