/**
 * Who may use the server: the Jakarta Security identity store backed by an htpasswd file.
 *
 * <p>Offers {@link org.torc.identitystore.HtpasswdIdentityStore} (validates user name and password
 * credentials), {@link org.torc.identitystore.AuthSettings} and {@link
 * org.torc.identitystore.AuthMode} (the server's options: file, required, cache TTL; off, optional
 * or required). The file format, editing and bcrypt live in {@code htpasswd}.
 *
 * <p>Decisions, each against a weakness of the original server:
 *
 * <ul>
 *   <li>Successful checks are cached (60 s by default, 0 turns it off, at most 10,000 entries),
 *       keyed by an HMAC of user and password under a per-process random key; an entry counts only
 *       while the user's hash is unchanged, and a reload drops the entries of changed users. For
 *       one more TTL after it ran out, an entry still counts while a check renews it in the
 *       background, so a valid user does not queue behind other checks.
 *   <li>An unknown user is checked against a decoy hash, so timing does not reveal which names
 *       exist.
 *   <li>bcrypt runs on one thread per two cores (at least one), with at most 16 checks per thread
 *       waiting; cache hits never wait for it, and a check beyond that bound is refused at once
 *       ({@link org.torc.identitystore.CredentialCheckBusyException}) instead of piling up.
 *   <li>The file is read every second and a new content applied once it reads the same twice, so
 *       edits in place and renames are both seen within about two seconds; a malformed new file
 *       keeps the previous users and is reported once at ERROR naming the line.
 * </ul>
 *
 * <p>The watch and the bcrypt workers are plain daemon threads of the application, not threads
 * managed by the container: they run no application code and hold no container context.
 *
 * <p>Not yet: groups or roles; any credential other than user name and password.
 */
package org.torc.identitystore;
