package fi.polku.testkit.system;

import fi.polku.testkit.FreePorts;

/**
 * A service's two ports: the public one for its API, and the management interface's for health and metrics, which
 * only the platform's monitoring reaches.
 */
public record ServicePorts(int http, int management) {

    /** The documented ports of the local stack: the management port is the public one plus 1000 (9081 for 8081). */
    public static ServicePorts local(PolkuService service) {
        return new ServicePorts(service.localPort(), service.localPort() + 1000);
    }

    public static ServicePorts free() {
        return new ServicePorts(FreePorts.pick(), FreePorts.pick());
    }
}
