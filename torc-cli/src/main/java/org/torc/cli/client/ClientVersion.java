package org.torc.cli.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The client's version, read from the properties Maven writes into the jar. */
public final class ClientVersion implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.torc/torc-cli/pom.properties";

    /** The version, e.g. {@code 0.1.0}, or {@code development} outside a built jar. */
    public static String version() {
        try (InputStream in = ClientVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"torc " + version()};
    }
}
