package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.faelles.domain.Periode;

/** A citizen's attachment to a jobcenter (kommunenummer, 3 digits) for a period: what the report groups by. */
public record Jobcenterperiode(String jobcenter, Periode periode) {
}
