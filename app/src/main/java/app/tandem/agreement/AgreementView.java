package app.tandem.agreement;

import java.util.Optional;

/** The agreement as a partner sees it now: the version in force and a proposal waiting, if any. */
public record AgreementView(long myId, Optional<AgreementVersion> inForce, Optional<AgreementVersion> pending,
        Optional<AgreementChange> pendingChange, int headNumber) {

    public boolean awaitingMySignature() {
        return pending.map(p -> p.awaitsSignatureOf(myId)).orElse(false);
    }
}
