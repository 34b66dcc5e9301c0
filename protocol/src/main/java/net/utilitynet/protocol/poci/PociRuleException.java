package net.utilitynet.protocol.poci;

import net.utilitynet.protocol.ProtocolException;

/** A header that breaks a POCI consensus rule; {@link #rule()} says which one. */
public class PociRuleException extends ProtocolException {
    private final PociRule rule;

    public PociRuleException(PociRule rule, String message) {
        super(rule + ": " + message);
        this.rule = rule;
    }

    public PociRule rule() {
        return rule;
    }
}
