package dk.samtaleregister.regler.application;

import dk.samtaleregister.regler.domain.RegelfilFejl;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken rule file into a short start-up message instead of a long stack trace. */
class RegelfilFejlAnalyse extends AbstractFailureAnalyzer<RegelfilFejl> {

    @Override
    protected FailureAnalysis analyze(Throwable rodfejl, RegelfilFejl fejl) {
        return new FailureAnalysis("A rule file is invalid: " + fejl.getMessage(),
                "Correct the rule file (see the comments at its top for the columns), then start again.", fejl);
    }
}
