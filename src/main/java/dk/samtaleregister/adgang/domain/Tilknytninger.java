package dk.samtaleregister.adgang.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What makes a citizen an authority's own on a day: the jobcenter the citizen is attached to, the a-kasse the citizen
 * is a member of, the andre aktører the citizen is referred to. The citizen's situation answers it.
 */
public interface Tilknytninger {

    /** The kommunenummer of the jobcenter the citizen is attached to on the day, if any. */
    Optional<String> jobcenter(LocalDate dag);

    /** The kode of the a-kasse the citizen is a member of on the day, if any. */
    Optional<String> akasse(LocalDate dag);

    /** Whether a referral to the anden aktør with kode {@code andenAktoer} covers the day; other referrals may cover it too. */
    boolean henvistTil(String andenAktoer, LocalDate dag);
}
