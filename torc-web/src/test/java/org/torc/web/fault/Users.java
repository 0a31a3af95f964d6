package org.torc.web.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

/**
 * The users of the fault tests. Their cost-4 hashes were made once with Apache's {@code htpasswd
 * -nbB -C 4}, so the tests need no tool at run time and bcrypt stays cheap under load.
 */
final class Users {

    static final String ALICE = "alice";
    static final String ALICE_PASSWORD = "alice-fault-pw";
    static final String BOB = "bob";
    static final String BOB_PASSWORD = "bob-fault-pw";
    static final String CAROL = "carol";
    static final String CAROL_PASSWORD = "carol-fault-pw";

    static final String ALICE_LINE =
            "alice:$2y$04$Nf.rqK0dHFfuvcjHObuYfeAevgtIbYW0dgfbOqjz2YlEQGsNK6QU.";
    static final String BOB_LINE =
            "bob:$2y$04$J7Vi/uwQqlYbDxarFTy6C.KrFBEIWlXIZfzb1mgjHw7ZpbsdeOmeW";
    static final String CAROL_LINE =
            "carol:$2y$04$x4FWfsdr7f1HEYGRjE38NuJfB0COCUlq31zYGg76x13bh.Re4P0Ou";

    private Users() {}

    static String basic(String user, String password) {
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    static HttpRequest.Builder as(HttpRequest.Builder request, String user, String password) {
        return request.header("Authorization", basic(user, password));
    }

    /** A new htpasswd file, readable by its owner only (the server warns otherwise). */
    static Path newFile(Path dir, List<String> lines) {
        Path file = dir.resolve("htpasswd");
        replace(file, lines);
        return file;
    }

    /**
     * Replaces the file as configuration tools do: write a temporary file beside it, then rename it
     * over the old one in one step.
     */
    static void replace(Path file, List<String> lines) {
        try {
            Path next = Files.createTempFile(file.getParent(), "htpasswd", ".new");
            Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(next, String.join("\n", lines) + "\n");
            Files.move(
                    next,
                    file,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
