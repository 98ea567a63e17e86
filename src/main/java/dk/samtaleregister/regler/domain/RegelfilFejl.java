package dk.samtaleregister.regler.domain;

/** A rule file that cannot be trusted. Start-up stops with this message, which names the file and the line. */
public class RegelfilFejl extends RuntimeException {

    public RegelfilFejl(String fil, int linje, String besked) {
        super(fil + " line " + linje + ": " + besked);
    }
}
