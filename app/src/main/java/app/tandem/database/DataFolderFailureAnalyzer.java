package app.tandem.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A data folder that cannot be used is told in two short lines (cause, action), with no stack trace. */
class DataFolderFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderException cause) {
        String message = cause.getMessage();
        String description = message.substring(0, message.length() - cause.action().length()).strip();
        return new FailureAnalysis(description, cause.action(), null);
    }
}
