/**
 * htpasswd files of bcrypt hashes: reading, checking, editing, hashing.
 *
 * <p>Offers {@link org.torc.identitystore.htpasswd.HtpasswdFile} (parse a file into its lines and
 * users; {@code load} is what the launcher calls to refuse a malformed file before starting),
 * {@link org.torc.identitystore.htpasswd.HtpasswdEditor} (change a file under a lock through an
 * atomic rename), {@link org.torc.identitystore.htpasswd.Bcrypt} (hash and check) and the rules for
 * user names and passwords.
 *
 * <p>Decisions: the format is Apache's, restricted to bcrypt: {@code $2a$}, {@code $2b$} and {@code
 * $2y$} hashes of cost 4 to 31 are read, and {@code $2y$} is written, like {@code htpasswd -B}, so
 * each tool accepts the other's files. Anything else (MD5, SHA-1, crypt, a line without a colon, a
 * user defined twice, bytes that are not UTF-8) makes the file malformed, with the file and line in
 * the message but never the line's text. Passwords longer than 72 bytes are refused rather than
 * silently cut by bcrypt. Edits keep comments, blank lines and order; CRLF line ends are read and
 * written back as LF.
 *
 * <p>Not yet: other hash schemes, which would need a migration story of their own.
 */
package org.torc.identitystore.htpasswd;
