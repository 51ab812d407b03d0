package dev.lsorg.serve;

import java.security.Provider;
import java.security.Security;
import java.util.Optional;
import org.apache.sshd.common.util.security.AbstractSecurityProviderRegistrar;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.common.util.security.eddsa.generic.EdDSASupport;

/**
 * Tells Apache MINA SSHD that ed25519 is available from the JDK ({@link JdkEd25519}). It claims no algorithm of
 * its own: SSHD keeps taking every cipher, signature and key factory from the JDK's default providers, and only
 * asks this registrar how to handle ed25519 keys.
 */
public final class JdkEd25519Registrar extends AbstractSecurityProviderRegistrar {
    private static final String SUN_EC = "SunEC";

    /** A registrar named {@code JdkEd25519}. */
    public JdkEd25519Registrar() {
        super("JdkEd25519");
    }

    /** Registers it with SSHD once per process (later calls find it registered); true when ed25519 works. */
    public static synchronized boolean install() {
        SecurityUtils.registerSecurityProvider(new JdkEd25519Registrar());
        return SecurityUtils.isEDDSACurveSupported();
    }

    @Override
    public String getProviderName() {
        return SUN_EC;
    }

    @Override
    public boolean isNamedProviderUsed() {
        return false;
    }

    @Override
    public Provider getSecurityProvider() {
        return Security.getProvider(SUN_EC);
    }

    @Override
    public boolean isSupported() {
        Provider p = getSecurityProvider();
        return p != null && p.getService("KeyFactory", "Ed25519") != null
                && p.getService("Signature", "Ed25519") != null;
    }

    // Claim nothing: the JDK's providers are SSHD's fallback for every algorithm already.
    @Override
    public String getDefaultSecurityEntitySupportValue(Class<?> entityType) {
        return "";
    }

    @Override
    public Optional<EdDSASupport<?, ?>> getEdDSASupport() {
        return Optional.of(new JdkEd25519());
    }
}
