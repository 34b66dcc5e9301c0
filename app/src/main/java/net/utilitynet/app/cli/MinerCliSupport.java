package net.utilitynet.app.cli;

import java.nio.file.Path;
import net.utilitynet.app.AppContext;

/** Where the miner keeps its files in the data directory: {@code data/<network>/miner.db}, {@code outbox.db}, {@code headers.db}. */
final class MinerCliSupport {
    static final String MINER_DB = net.utilitynet.app.miner.MinerFactory.MINER_DB;
    static final String OUTBOX_DB = "outbox.db";
    static final String HEADERS_DB = "headers.db";

    private MinerCliSupport() {
    }

    static Path minerDatabase(AppContext context, String networkOption) {
        return networkFolder(context, networkOption).resolve(MINER_DB);
    }

    static Path networkFolder(AppContext context, String networkOption) {
        return context.dataDirectory().data(WalletCliSupport.networkId(context, networkOption));
    }
}
