package org.torc.cli.client.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query parameters of a request, encoded as they are added; absent values are skipped. */
public final class Query {

    private final StringBuilder text = new StringBuilder();

    private Query() {}

    public static Query of() {
        return new Query();
    }

    public static Query of(String name, Object value) {
        return new Query().and(name, value);
    }

    /** Adds {@code name=value} unless {@code value} is {@code null}. */
    public Query and(String name, Object value) {
        if (value != null) {
            text.append(text.length() == 0 ? "?" : "&")
                    .append(encode(name))
                    .append('=')
                    .append(encode(String.valueOf(value)));
        }
        return this;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** {@code ?a=1&b=2}, or the empty string. */
    @Override
    public String toString() {
        return text.toString();
    }
}
