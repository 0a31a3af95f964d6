package org.torc.cli.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.torc.persistence.DatabaseSettings;

/**
 * Everything {@code torc-server run} was told, checked and resolved: what the server process is
 * started with.
 */
record ServerOptions(
        String host,
        int port,
        Integer httpsPort,
        boolean https,
        Path tlsCert,
        Path tlsKey,
        DatabaseSettings database,
        LogLevels logLevels,
        Path authFile,
        boolean requireAuth,
        int credentialCacheTtlSecs,
        long claimLeaseSecs) {

    /** The port HTTPS listens on, when it is on. */
    int effectiveHttpsPort() {
        return httpsPort != null ? httpsPort : port;
    }

    /** Whether plain HTTP listens too (only when HTTPS has a port of its own). */
    boolean servesHttp() {
        return !https || effectiveHttpsPort() != port;
    }

    /** The address the server is reached at from this machine. */
    String baseUrl() {
        String scheme = https ? "https" : "http";
        int shownPort = https ? effectiveHttpsPort() : port;
        String shownHost = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        if (shownHost.contains(":")) {
            shownHost = "[" + shownHost + "]";
        }
        return scheme + "://" + shownHost + ":" + shownPort + "/torc-service/v1";
    }

    /** The system properties the application reads (see the web and identity store modules). */
    Map<String, String> systemProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("torc.database.url", database.jdbcUrl());
        if (!database.user().isEmpty()) {
            props.put("torc.database.user", database.user());
        }
        if (authFile != null) {
            props.put("torc.auth.file", authFile.toAbsolutePath().toString());
        }
        props.put("torc.auth.required", Boolean.toString(requireAuth));
        props.put("torc.auth.cacheTtlSecs", Integer.toString(credentialCacheTtlSecs));
        props.put("torc.claim.leaseSecs", Long.toString(claimLeaseSecs));
        return props;
    }
}
