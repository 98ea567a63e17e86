package dk.samtaleregister.haendelse.application;

import dk.samtaleregister.haendelse.persistence.HaendelseRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single sequencer: gives the events committed so far, and not yet numbered, the next positions of the feed, in
 * id order, under one lock for every instance of the service. Positions are therefore handed out by one writer at a
 * time, each pass after the last, and only to committed events: a reader that has read up to position P never later
 * meets a new event at or below P, and there are no gaps. Sequence values alone would not give this, since
 * transactions commit in another order than they draw ids.
 */
@Service
public class Sekvensering {

    /** Events numbered per pass; a larger backlog (a bulk import) is numbered over several passes. */
    static final int PR_GANG = 10_000;

    private final HaendelseRepository repository;

    public Sekvensering(HaendelseRepository repository) {
        this.repository = repository;
    }

    /** Numbers what is committed and waiting, at most {@link #PR_GANG}; answers how many it numbered. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int nummerer() {
        repository.laasSekvenseringen();
        return repository.nummerer(PR_GANG);
    }
}
