package org.torc.cli.client.http;

import java.util.Map;
import java.util.Optional;

/**
 * Finds the credentials to send: {@code --username} and {@code --password}, else the {@code
 * TORC_USERNAME} and {@code TORC_PASSWORD} environment variables, a flag winning over its variable;
 * a user name without a password is asked for on a terminal.
 *
 * <p>Without a terminal the password is never waited for: a script or CI job gets one line saying
 * to set {@code TORC_PASSWORD} instead of hanging on a prompt nobody sees.
 */
public final class CredentialSource {

    private CredentialSource() {}

    /**
     * The credentials, or empty if no user name is given; throws {@link MissingPassword} when a
     * user name comes without a password and there is no terminal to ask on.
     */
    public static Optional<Credentials> resolve(
            String usernameFlag,
            String passwordFlag,
            Map<String, String> environment,
            Terminal terminal) {
        String username = firstOf(usernameFlag, environment.get("TORC_USERNAME"));
        String password = firstOf(passwordFlag, environment.get("TORC_PASSWORD"));
        if (username == null) {
            if (passwordFlag != null) {
                throw new MissingPassword(
                        "--password was given without a user name: also pass --username or set"
                                + " TORC_USERNAME");
            }
            return Optional.empty();
        }
        if (password != null) {
            return Optional.of(new Credentials(username, password.toCharArray()));
        }
        if (!terminal.isInteractive()) {
            throw new MissingPassword(
                    "no password for user '"
                            + username
                            + "' and no terminal to ask on: set TORC_PASSWORD (or pass"
                            + " --password)");
        }
        return Optional.of(new Credentials(username, terminal.readPassword("Password: ")));
    }

    private static String firstOf(String flag, String variable) {
        if (flag != null) {
            return flag;
        }
        return variable == null || variable.isEmpty() ? null : variable;
    }

    /** A user name came without a password and nobody can be asked for it. */
    public static final class MissingPassword extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingPassword(String message) {
            super(message);
        }
    }
}
