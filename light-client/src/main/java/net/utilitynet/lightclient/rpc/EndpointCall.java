package net.utilitynet.lightclient.rpc;

/**
 * Work done against one endpoint: fetch and verify. Throwing a
 * {@link net.utilitynet.lightclient.verify.VerificationException} marks that endpoint as lying.
 */
@FunctionalInterface
public interface EndpointCall<T> {
    T apply(RpcClient endpoint);
}
