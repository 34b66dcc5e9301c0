package net.utilitynet.app.services;

/**
 * The app's view of its connection to the active network. The light client implements this when it
 * is wired in; until then {@link #notConnected()} states the truth.
 */
public interface ConnectionStatus {

    LiveValue<ConnectionState> state();

    /** A status that stays "not connected": used while no light client is wired. */
    static ConnectionStatus notConnected() {
        LiveValue<ConnectionState> state = new LiveValue<>(ConnectionState.NOT_CONNECTED);
        return () -> state;
    }
}
