package net.utilitynet.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.FileLogging;
import net.utilitynet.app.config.InstanceLock;
import net.utilitynet.app.config.SettingsStore;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.runtime.NetworkRuntime;
import net.utilitynet.app.services.AppExecutors;
import net.utilitynet.app.services.ConnectionStatus;
import net.utilitynet.app.services.DesktopNotices;
import net.utilitynet.app.services.SwitchableMiningState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the GUI and the CLI commands share, opened on one data directory: the lock, file
 * logging, executors, settings and networks. The network runtime (devnet, light client,
 * chain access) is created here and started by the GUI. Closing it flushes pending writes and releases the lock.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final DataDirectory dataDirectory;
    private final InstanceLock lock;
    private final AppExecutors executors;
    private final SettingsStore settings;
    private final NetworkCatalog networks;
    private final NetworkRuntime runtime;
    private final SwitchableMiningState miningState;
    private final DesktopNotices desktopNotices = new DesktopNotices();
    private final java.util.Deque<AutoCloseable> sessionParts = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "utilitynet-shutdown");

    private AppContext(DataDirectory dataDirectory, InstanceLock lock, AppExecutors executors) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.executors = executors;
        this.settings = SettingsStore.load(dataDirectory, executors.io(), Locale.getDefault());
        this.networks = NetworkCatalog.load(dataDirectory, executors.io());
        this.runtime = new NetworkRuntime(dataDirectory, networks);
        this.miningState = new SwitchableMiningState();
    }

    /**
     * Locks {@code root} for this process, starts logging into it and loads settings and networks.
     *
     * @throws net.utilitynet.app.config.InstanceLockedException when another instance uses it
     */
    public static AppContext open(Path root) {
        DataDirectory dir = new DataDirectory(root);
        InstanceLock lock = InstanceLock.acquire(dir);
        AppExecutors executors = new AppExecutors();
        try {
            FileLogging.start(dir);
            AppContext context = new AppContext(dir, lock, executors);
            // On SIGTERM / logout, queued settings writes still finish.
            Runtime.getRuntime().addShutdownHook(context.shutdownHook);
            LOG.info("UtilityNet Desktop {} using {}", AppVersion.version(), dir);
            return context;
        } catch (RuntimeException e) {
            executors.close();
            lock.close();
            throw e;
        }
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public AppExecutors executors() {
        return executors;
    }

    public SettingsStore settings() {
        return settings;
    }

    /** Desktop notifications (the tray's, once the shell installs it). */
    public DesktopNotices desktopNotices() {
        return desktopNotices;
    }

    public NetworkCatalog networks() {
        return networks;
    }

    /** The active network's connection (the runtime's state; "not connected" until {@link NetworkRuntime#start()}). */
    public ConnectionStatus connectionStatus() {
        return runtime;
    }

    /**
     * The active network's devnet, light client and chain access. Not started by opening the context: the GUI
     * starts it, commands that need a chain start it themselves.
     */
    public NetworkRuntime runtime() {
        return runtime;
    }

    /** The open miner's state (unavailable until the shell opens one for an unlocked wallet on a running network). */
    public SwitchableMiningState miningState() {
        return miningState;
    }

    /** Closes {@code part} (e.g. the miner and market on the runtime's light client) before the runtime, newest first. */
    public void closeBeforeRuntime(AutoCloseable part) {
        sessionParts.push(part);
    }

    /** Flushes queued writes and releases the lock; idempotent (also runs at JVM shutdown). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != shutdownHook) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
        try {
            for (AutoCloseable part = sessionParts.poll(); part != null; part = sessionParts.poll()) {
                try {
                    part.close();
                } catch (Exception e) {
                    LOG.warn("closing {} failed: {}", part, e.toString());
                }
            }
            runtime.close();
        } finally {
            executors.close();
            lock.close();
        }
    }
}
