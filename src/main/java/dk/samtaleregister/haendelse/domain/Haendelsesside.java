package dk.samtaleregister.haendelse.domain;

import java.util.List;

/**
 * One read of the feed: the events after the position asked from that the caller may see, the position to ask from
 * next (the last position the read covered, whether or not the caller could see its event), and the feed's last
 * position now, which tells how far behind the reader is.
 */
public record Haendelsesside(List<Haendelse> haendelser, long naesteEfter, long sidstePosition) {

    public Haendelsesside {
        haendelser = List.copyOf(haendelser);
    }
}
