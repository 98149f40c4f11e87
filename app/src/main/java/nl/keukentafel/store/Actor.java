package nl.keukentafel.store;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who is working and on which device, for the audit log. Immutable. */
public record Actor(String name, String device) {
    public static Actor onThisDevice(String name) {
        return new Actor(name, hostName());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "unknown-device";
        }
    }
}
