/**
 * {@code torc-htpasswd}: the operator's tool for the server's users.
 *
 * <p>Commands: {@code add} (add a user or change a password), {@code list}, {@code verify} (exit 0
 * when correct, 1 when not), {@code remove}, and {@code hash} (a {@code USER:HASH} line a user
 * sends to an administrator instead of a password). The file work is done by {@code
 * org.torc.identitystore.htpasswd}, so the server and this tool read files alike.
 *
 * <p>Decisions: without {@code --password} the password is asked on the terminal, twice and without
 * echo when it will be stored, else read as one line of standard input so scripts can pipe it; a
 * password on the command line is allowed but its help says who can see it. Exit codes are 0, 1 for
 * a failure (missing file, wrong password, unknown user) and 2 for wrong usage (unknown option,
 * invalid user name or cost); every error is one line. A cost under 10 is accepted with a warning,
 * for tests.
 *
 * <p>Not yet: changing several users in one run, or importing hashes of other schemes.
 */
package org.torc.cli.htpasswd;
