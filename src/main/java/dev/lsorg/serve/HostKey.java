package dev.lsorg.serve;

import dev.lsorg.app.mutation.StateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Iterator;
import java.util.Set;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The server's ed25519 host key: read from its file, or made on first start and written there in OpenSSH's format
 * with owner-only permissions (so {@code ssh-keygen -lf FILE} shows the same fingerprint). A file that exists but
 * cannot be read, is not an ed25519 key, or is readable by others stops the server with one line.
 *
 * @param pair        the key pair
 * @param fingerprint its SHA256 fingerprint, as OpenSSH prints it
 * @param created     whether it was made by this start
 */
public record HostKey(KeyPair pair, String fingerprint, boolean created) {
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    /** The host key in {@code file}, made there if the file does not exist. */
    public static HostKey loadOrCreate(Path file) throws ServeException {
        JdkEd25519Registrar.install();
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return create(file);
        }
        return load(file);
    }

    private static HostKey load(Path file) throws ServeException {
        checkPrivate(file);
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()),
                    in, null);
            Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
            KeyPair pair = it == null || !it.hasNext() ? null : it.next();
            if (pair == null || !KeyPairProvider.SSH_ED25519.equals(KeyUtils.getKeyType(pair.getPublic()))) {
                throw new ServeException("the host key " + file + " is not an ed25519 private key in OpenSSH format");
            }
            return new HostKey(pair, KeyUtils.getFingerPrint(pair.getPublic()), false);
        } catch (NoSuchFileException e) {
            throw new ServeException("cannot read the host key " + file + ": it vanished while lsorg read it");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new ServeException("cannot read the host key " + file + ": " + reason(e));
        }
    }

    private static void checkPrivate(Path file) throws ServeException {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")
                    && Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains)) {
                throw new ServeException("the host key " + file + " may be read or written by others; run chmod 600 "
                        + file);
            }
        } catch (IOException e) {
            throw new ServeException("cannot read the host key " + file + ": " + reason(e));
        }
    }

    private static HostKey create(Path file) throws ServeException {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            if (file.toAbsolutePath().getParent() != null) {
                StateFiles.privateDir(file.toAbsolutePath().getParent());
            }
            StateFiles.privateFile(file);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "lsorg serve host key", null, out);
            }
            return new HostKey(pair, KeyUtils.getFingerPrint(pair.getPublic()), true);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new ServeException("cannot create the host key " + file + ": " + reason(e));
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
