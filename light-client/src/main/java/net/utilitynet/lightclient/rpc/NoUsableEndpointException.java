package net.utilitynet.lightclient.rpc;

import java.util.List;

/** Every endpoint in the pool is down or lying (or failed this call); carries their health for the message shown. */
public final class NoUsableEndpointException extends RpcException {
    private static final long serialVersionUID = 1L;

    private final transient List<EndpointHealth> health;

    public NoUsableEndpointException(String what, List<EndpointHealth> health, Throwable lastFailure) {
        super(Kind.TRANSPORT, 0, "endpoint pool", what + ": no usable endpoint; " + describe(health)
                + "; add an endpoint or check the network", lastFailure);
        this.health = List.copyOf(health);
    }

    public List<EndpointHealth> health() {
        return health;
    }

    private static String describe(List<EndpointHealth> health) {
        StringBuilder sb = new StringBuilder();
        for (EndpointHealth h : health) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(h.endpoint()).append(' ').append(h.status());
            if (h.reason() != null) {
                sb.append(" (").append(h.reason()).append(')');
            }
        }
        return sb.toString();
    }
}
