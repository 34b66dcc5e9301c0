package net.utilitynet.devnet.modules;

import java.util.List;
import net.utilitynet.protocol.receipt.Log;

/**
 * The outcome of a module call: success with ABI-encoded return data and logs, or a revert with a reason.
 *
 * @param gasUsed gas beyond the intrinsic cost, charged whether or not the call succeeds
 */
public record ModuleResult(boolean success, byte[] returnData, List<Log> logs, long gasUsed, String revertReason) {

    public static ModuleResult ok(byte[] returnData, List<Log> logs, long gasUsed) {
        return new ModuleResult(true, returnData, List.copyOf(logs), gasUsed, null);
    }

    public static ModuleResult revert(String reason, long gasUsed) {
        return new ModuleResult(false, new byte[0], List.of(), gasUsed, reason);
    }
}
