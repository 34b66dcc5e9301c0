package net.utilitynet.wallet.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.wallet.testnode.TestNode;
import net.utilitynet.wallet.tx.FeePresets;
import org.junit.jupiter.api.Test;

/** Through the light client's real EndpointPool and HttpRpcClient against real HTTP nodes. */
class PooledUnverifiedRpcTest {

    private static URI deadEndpoint() throws Exception {
        try (TestNode n = new TestNode()) {
            return n.uri();
        }
    }

    @Test
    void send_firstEndpointDown_failsOverAndAlreadyKnownIsDelivered() throws Exception {
        URI dead = deadEndpoint();
        try (TestNode live = new TestNode()) {
            PooledUnverifiedRpc rpc = new PooledUnverifiedRpc(new EndpointPool(List.of(new HttpRpcClient(dead), new HttpRpcClient(live.uri()))));
            assertEquals(BroadcastResult.Outcome.ACCEPTED, rpc.sendRawTransaction(new byte[] {2, 1}).outcome());
            assertEquals(BroadcastResult.Outcome.ALREADY_KNOWN, rpc.sendRawTransaction(new byte[] {2, 1}).outcome());
            assertEquals(21844, rpc.chainId());
            assertEquals(2_000_000_000L, rpc.feeHistory(2, FeePresets.PERCENTILES).nextBaseFee().longValueExact());
        }
    }

    @Test
    void send_nodeRejects_outcomeNotFailover() throws Exception {
        try (TestNode live = new TestNode()) {
            live.rejectWith = "nonce too low";
            PooledUnverifiedRpc rpc = new PooledUnverifiedRpc(new EndpointPool(List.of(new HttpRpcClient(live.uri()))));
            assertEquals(BroadcastResult.Outcome.NONCE_USED, rpc.sendRawTransaction(new byte[] {2}).outcome());
        }
    }

    @Test
    void send_allEndpointsDown_chainAccessException() throws Exception {
        PooledUnverifiedRpc rpc = new PooledUnverifiedRpc(new EndpointPool(List.of(new HttpRpcClient(deadEndpoint()))));
        ChainAccessException e = assertThrows(ChainAccessException.class, () -> rpc.sendRawTransaction(new byte[] {2}));
        assertTrue(e.getMessage().contains("nothing was lost"), e.getMessage());
    }
}
