package dk.samtaleregister.borger.application;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Cpr;

public record Borgeroverblik(Cpr cpr, BorgerSituation situation) {
}
