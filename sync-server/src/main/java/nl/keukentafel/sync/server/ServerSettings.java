package nl.keukentafel.sync.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the HTTP side listens and whether it speaks TLS. Without a keystore the server binds to loopback only:
 * plain HTTP never leaves the machine. Immutable.
 */
public record ServerSettings(String host, int port, Optional<Tls> tls) {

    /** A PKCS#12 (or JKS) keystore with the server's key and certificate. */
    public record Tls(Path keystore, char[] password) {
    }

    public ServerSettings {
        if (tls.isEmpty() && !isLoopback(host)) {
            throw new IllegalArgumentException("plain HTTP is only served on loopback; configure a keystore to listen on " + host);
        }
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings("127.0.0.1", port, Optional.empty());
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
