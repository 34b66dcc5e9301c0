package net.utilitynet.devnet.execution;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.utilitynet.devnet.modules.ModuleCall;
import net.utilitynet.devnet.modules.ModuleResult;
import net.utilitynet.devnet.modules.SystemModule;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.state.WorldState;
import net.utilitynet.protocol.receipt.Log;

/**
 * Applies transactions to state the Ethereum way: the sender pays gasLimit · effectiveGasPrice up front and gets
 * the unused gas back; of what is paid the base fee is burned and the priority fee goes to the coinbase. A call
 * to a system-module address runs that module natively; any other recipient just receives the value.
 */
public final class TransactionExecutor {
    private final Map<Address, SystemModule> modules;
    private final TransactionValidator validator;

    public TransactionExecutor(Map<Address, SystemModule> modules, TransactionValidator validator) {
        this.modules = Map.copyOf(modules);
        this.validator = validator;
    }

    public boolean isModule(Address address) {
        return modules.containsKey(address);
    }

    /**
     * Applies {@code tx}, or throws {@link TxRejectedException} (state untouched) when it cannot run in this block:
     * wrong nonce, not enough funds, fee cap below the base fee, or more gas than the block has left.
     */
    public TransactionResult apply(WorldState state, Transaction tx, BlockContext block, long blockGasLeft) {
        validator.checkStatic(tx, block.baseFee(), block.gasLimit());
        long accountNonce = state.nonce(tx.from());
        if (tx.nonce() != accountNonce) {
            throw new TxRejectedException("nonce mismatch: account nonce is " + accountNonce + ", tx nonce " + tx.nonce());
        }
        validator.checkAccount(tx, accountNonce, state.balance(tx.from()));
        if (tx.gasLimit() > blockGasLeft) {
            throw new TxRejectedException("gas limit " + tx.gasLimit() + " exceeds the " + blockGasLeft + " gas left in the block");
        }
        BigInteger price = tx.effectiveGasPrice(block.baseFee());
        state.subtractBalance(tx.from(), price.multiply(BigInteger.valueOf(tx.gasLimit())));
        state.setNonce(tx.from(), accountNonce + 1);

        long intrinsic = TransactionValidator.intrinsicGas(tx.data(), tx.accessList());
        Outcome out = run(state, block, tx.from(), tx.to(), tx.value(), tx.data(), tx.gasLimit() - intrinsic, false);
        long gasUsed = intrinsic + out.gasUsed;

        state.addBalance(tx.from(), price.multiply(BigInteger.valueOf(tx.gasLimit() - gasUsed)));
        state.addBalance(block.coinbase(), price.subtract(block.baseFee()).multiply(BigInteger.valueOf(gasUsed)));
        return new TransactionResult(tx, out.success, gasUsed, price, out.logs, out.revertReason);
    }

    /** The result of a message call: success, return data, gas beyond intrinsic, logs, revert reason. */
    public record Outcome(boolean success, byte[] returnData, long gasUsed, List<Log> logs, String revertReason) {
    }

    /**
     * Runs a message in a child layer of {@code state}: moves the value, then runs the module if {@code to} is one.
     * The layer is merged on success (unless {@code readOnly}) and dropped on failure.
     */
    public Outcome run(WorldState state, BlockContext block, Address from, Address to, BigInteger value, byte[] data,
                       long gasAvailable, boolean readOnly) {
        WorldState layer = state.child();
        if (layer.balance(from).compareTo(value) < 0) {
            return new Outcome(false, new byte[0], 0, List.of(), "insufficient funds for transfer of " + value + " wei");
        }
        layer.subtractBalance(from, value);
        layer.addBalance(to, value);
        SystemModule module = modules.get(to);
        Outcome out;
        if (module == null) {
            out = new Outcome(true, new byte[0], 0, List.of(), null);
        } else {
            ModuleResult r = module.call(new ModuleCall(layer, block, from, value, data, readOnly));
            if (r.gasUsed() > gasAvailable) {
                out = new Outcome(false, new byte[0], gasAvailable, List.of(), "out of gas: the call needs "
                        + r.gasUsed() + " gas beyond the intrinsic cost, " + gasAvailable + " available");
            } else {
                out = new Outcome(r.success(), r.returnData(), r.gasUsed(), r.logs(), r.revertReason());
            }
        }
        if (out.success && !readOnly) {
            layer.commitToParent();
        }
        return out;
    }
}
