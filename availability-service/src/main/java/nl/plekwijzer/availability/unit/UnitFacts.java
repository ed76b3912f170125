package nl.plekwijzer.availability.unit;

/** What a status report is checked against: the unit's owner and its number of places. */
public record UnitFacts(String providerId, int places) {
}
