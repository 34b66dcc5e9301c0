package net.utilitynet.app.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import net.utilitynet.app.config.Settings;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.ConnectionState.Phase;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.miner.register.RegistrationState;
import net.utilitynet.miner.register.RegistrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Start mining when the app starts": the miner only exists once a wallet is unlocked on a synced network, so instead
 * of acting at window start this waits for every condition — the setting on, the wallet unlocked with an account that
 * signs (the miner open), the network synced, a chip registered in verified registry storage — then starts the
 * miner, once per opened miner (a user who presses Stop keeps it stopped). {@link #launch()} says what it waits for.
 * Runs its checks on {@code executor} (one at a time); registration reads run on the miner's own thread.
 */
public final class MiningOnLaunch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MiningOnLaunch.class);

    /** Where start-on-launch stands. */
    public enum State {
        /** The setting is off. */
        OFF,
        WAITING_FOR_WALLET, WAITING_FOR_UNLOCK, WAITING_FOR_SYNC,
        /** Unlocked and synced, but no miner opened: no account that signs, or a chain this version cannot mine. */
        WAITING_FOR_MINER,
        WAITING_FOR_CHIPS,
        /** Mining was started (by this or by the user) for the open miner. */
        STARTED,
        /** Starting failed; {@link Launch#detail()} says why. */
        FAILED;

        public boolean waiting() {
            return name().startsWith("WAITING_");
        }
    }

    /** The state and, for {@link State#FAILED}, the error's message. */
    public record Launch(State state, String detail) {
        static Launch of(State state) {
            return new Launch(state, "");
        }
    }

    private final LiveValue<Settings> settings;
    private final LiveValue<ConnectionState> connection;
    private final LiveValue<WalletService.Snapshot> wallet;
    private final LiveValue<Optional<AccountServices>> services;
    private final Executor executor;
    private final LiveValue<Launch> launch = new LiveValue<>(Launch.of(State.OFF));
    private final List<LiveValue.Subscription> subscriptions;
    private volatile boolean closed;
    /**
     * Guarded by this: the miner already started (or left to the user) and what came of it, the one being checked,
     * the head last checked at.
     */
    private AccountServices handled;
    private Launch handledLaunch;
    private AccountServices checking;
    private AccountServices checkedFor;
    private long checkedHead = -1;

    public MiningOnLaunch(LiveValue<Settings> settings, LiveValue<ConnectionState> connection, LiveValue<WalletService.Snapshot> wallet,
                          LiveValue<Optional<AccountServices>> services, Executor executor) {
        this.settings = settings;
        this.connection = connection;
        this.wallet = wallet;
        this.services = services;
        this.executor = executor;
        this.subscriptions = List.of(settings.subscribe(s -> later()), connection.subscribe(s -> later()), wallet.subscribe(s -> later()),
                services.subscribe(s -> later()));
    }

    /** What start-on-launch waits for, or that it started mining. */
    public LiveValue<Launch> launch() {
        return launch;
    }

    private void later() {
        if (!closed) {
            executor.execute(this::evaluate);
        }
    }

    private synchronized void evaluate() {
        if (closed) {
            return;
        }
        if (!settings.get().startMiningOnLaunch()) {
            launch.set(Launch.of(State.OFF));
            return;
        }
        Optional<AccountServices> open = services.get();
        ConnectionState chain = connection.get();
        if (open.isEmpty()) {
            launch.set(Launch.of(switch (wallet.get().status()) {
                case NONE -> State.WAITING_FOR_WALLET;
                case LOADING, LOCKED -> State.WAITING_FOR_UNLOCK;
                case UNLOCKED -> chain.phase() == Phase.SYNCED ? State.WAITING_FOR_MINER : State.WAITING_FOR_SYNC;
            }));
            return;
        }
        AccountServices miner = open.get();
        if (miner == handled) {
            launch.set(handledLaunch); // e.g. after the setting was switched off and on again
            return;
        }
        MiningStatus status = miner.mining().status().get();
        if (status == MiningStatus.RUNNING || status == MiningStatus.STARTING) {
            handled(miner, Launch.of(State.STARTED));
            return;
        }
        if (chain.phase() != Phase.SYNCED) {
            launch.set(Launch.of(State.WAITING_FOR_SYNC));
            return;
        }
        if (miner != checkedFor) {
            checkedFor = miner;
            checkedHead = -1;
        }
        if (checking == miner || chain.headNumber() == checkedHead) {
            return; // one proof read per verified head
        }
        checking = miner;
        checkedHead = chain.headNumber();
        miner.mining().miner().registrations().whenComplete((registrations, error) ->
                executor.execute(() -> onRegistrations(miner, registrations, error)));
    }

    private synchronized void onRegistrations(AccountServices miner, List<RegistrationStatus> registrations, Throwable error) {
        checking = null;
        if (closed || services.get().orElse(null) != miner || miner == handled || !settings.get().startMiningOnLaunch()) {
            return;
        }
        if (error != null) {
            LOG.warn("start on launch: could not read the chips' registration: {}", message(error));
            launch.set(Launch.of(State.WAITING_FOR_CHIPS));
            return;
        }
        if (registrations.stream().noneMatch(r -> r.state() == RegistrationState.REGISTERED)) {
            launch.set(Launch.of(State.WAITING_FOR_CHIPS));
            return;
        }
        handled(miner, Launch.of(State.STARTED));
        if (!miner.mining().status().get().canStart()) {
            return; // started by the user meanwhile
        }
        LOG.info("start on launch: starting the miner of {}", miner.account());
        miner.mining().start().whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warn("start on launch: mining did not start: {}", message(failure));
                executor.execute(() -> failed(miner, message(failure)));
            }
        });
    }

    private synchronized void failed(AccountServices miner, String reason) {
        if (handled == miner && !closed) {
            handled(miner, new Launch(State.FAILED, reason));
        }
    }

    private void handled(AccountServices miner, Launch result) {
        handled = miner;
        handledLaunch = result;
        launch.set(result);
    }

    private static String message(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void close() {
        closed = true;
        subscriptions.forEach(LiveValue.Subscription::close);
    }
}
