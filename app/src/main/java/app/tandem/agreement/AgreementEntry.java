package app.tandem.agreement;

/** A version in the history, with what it changed from the version it was edited from. */
public record AgreementEntry(AgreementVersion version, AgreementChange change) {}
